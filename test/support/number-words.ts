export const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** 1..999 in words, for property tests: 45 → "forty-five", 312 → "three hundred and twelve". */
export function words(n: number): string {
  const h = Math.floor(n / 100);
  const r = n % 100;
  const rest = r < 20 ? SMALL[r] : `${TENS[Math.floor(r / 10)]}${r % 10 === 0 ? '' : `-${SMALL[r % 10]}`}`;
  if (h === 0) return rest ?? '';
  return r === 0 ? `${SMALL[h]} hundred` : `${SMALL[h]} hundred and ${rest}`;
}
