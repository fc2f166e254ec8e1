/** Small helpers shared by the bench scripts: timing, statistics, tables, sentences. */

export const now = () => performance.now();

export function gc() {
  if (typeof globalThis.gc === 'function') globalThis.gc();
}

/** Milliseconds one call of `fn` takes, after a full GC so garbage from the previous run is not billed to it. */
export function time(fn) {
  gc();
  const start = now();
  fn();
  return now() - start;
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export const min = (xs) => Math.min(...xs);

/** Rotates the list by `k`, so repetitions run their variants in a different order and drift cancels out. */
export function rotate(list, k) {
  const i = k % list.length;
  return [...list.slice(i), ...list.slice(0, i)];
}

export function fmt(x, digits = 2) {
  if (x === null || x === undefined || Number.isNaN(x)) return '-';
  if (typeof x !== 'number') return String(x);
  return x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export const mb = (bytes) => bytes / 1048576;

/** Prints rows as an aligned table; numbers are right-aligned. */
export function table(title, columns, rows) {
  const cells = rows.map((row) => columns.map((c) => String(row[c] ?? '')));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i].length)));
  const numeric = columns.map((_, i) => cells.every((r) => /^[-+]?[\d,.]+[%x]?$|^-$|^$|^(skip|TIMEOUT|THROWS)$/.test(r[i])));
  const line = (vals) => vals.map((v, i) => (numeric[i] ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join('  ');
  const out = [title, line(columns), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)];
  console.log(out.join('\n'));
}

/** Splits a paragraph into sentences, for benchmarks only (a period followed by space and a capital). */
export function sentencesOf(text) {
  return text.split(/(?<=[.!?]["\u201d]?)\s+(?=["\u201c]?[A-Z])/).map((s) => s.trim()).filter(Boolean);
}
