/**
 * Whether two names may be one firm written two ways, a brand and its maker ("quellpay" and "Quellby Payments"): the same
 * first four letters. Two exclusive partners so named are no conflict.
 */
export function mayBeOneFirm(a: string, b: string): boolean {
  const compact = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const [x, y] = [compact(a), compact(b)];
  return x.length >= 4 && y.length >= 4 && x.slice(0, 4) === y.slice(0, 4);
}
