/**
 * Orders ids as people read them: digit runs by their number, the rest by code unit, so "p2" comes before
 * "p10" and "s9#2" before "s9#10". Ties (such as "p02" and "p2") fall back to plain code-unit order, so two
 * different strings never compare equal and any input order sorts the same way.
 * @example ['p10', 'p2', 'p1'].sort(naturalCompare) // ['p1', 'p2', 'p10']
 */
export function naturalCompare(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(j);
    if (isDigit(ca) && isDigit(cb)) {
      const endA = digitsEnd(a, i);
      const endB = digitsEnd(b, j);
      const byNumber = compareDigitRuns(a, i, endA, b, j, endB);
      if (byNumber !== 0) return byNumber;
      i = endA;
      j = endB;
      continue;
    }
    if (ca !== cb) return ca - cb;
    i++;
    j++;
  }
  if (a.length - i !== b.length - j) return a.length - i - (b.length - j);
  return a < b ? -1 : a > b ? 1 : 0;
}

const isDigit = (code: number) => code >= 48 && code <= 57;

function digitsEnd(text: string, from: number): number {
  let k = from;
  while (k < text.length && isDigit(text.charCodeAt(k))) k++;
  return k;
}

/** Compares two runs of digits as numbers of any length, without parsing them. */
function compareDigitRuns(a: string, i: number, endA: number, b: string, j: number, endB: number): number {
  while (i < endA - 1 && a.charCodeAt(i) === 48) i++;
  while (j < endB - 1 && b.charCodeAt(j) === 48) j++;
  if (endA - i !== endB - j) return endA - i - (endB - j);
  for (; i < endA; i++, j++) {
    const d = a.charCodeAt(i) - b.charCodeAt(j);
    if (d !== 0) return d;
  }
  return 0;
}

/** A sorted copy in natural order. */
export function naturally(ids: Iterable<string>): string[] {
  return [...ids].sort(naturalCompare);
}
