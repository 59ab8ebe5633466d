/**
 * Longest common subsequence of two lists of strings, as matched index pairs. Quadratic, so the
 * lists are capped: past the cap two lists are treated as wholly different, which still shows every
 * change, only in larger passages.
 */
const MAX_CELLS = 4_000_000;

export function commonPairs(a: readonly string[], b: readonly string[]): [number, number][] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const head: [number, number][] = [];
  for (let i = 0; i < start; i++) head.push([i, i]);
  const tail: [number, number][] = [];
  for (let k = 0; endA + k < a.length; k++) tail.push([endA + k, endB + k]);
  const n = endA - start;
  const m = endB - start;
  if (n === 0 || m === 0 || (n + 1) * (m + 1) > MAX_CELLS) return [...head, ...tail];

  const width = m + 1;
  const table = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * width + j] = a[start + i] === b[start + j] ? table[(i + 1) * width + j + 1] + 1 : Math.max(table[(i + 1) * width + j], table[i * width + j + 1]);
    }
  }
  const middle: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[start + i] === b[start + j]) {
      middle.push([start + i, start + j]);
      i++;
      j++;
    } else if (table[(i + 1) * width + j] >= table[i * width + j + 1]) i++;
    else j++;
  }
  return [...head, ...middle, ...tail];
}
