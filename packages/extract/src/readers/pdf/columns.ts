import type { Line, Segment } from './lines';

/** Two texts on one line this many font sizes apart are side by side, not one sentence. */
const SIDE_GAP_EM = 3;

/**
 * Splits runs of two or more lines made of two far-apart segments (the two-column letterhead of a Vietnamese
 * administrative document: issuing body on the left, national motto and date line on the right) into the left
 * column followed by the right column, so each reads as its own block. Other lines come through in order.
 */
export function sideBySide(lines: readonly Line[]): Line[][] {
  const groups: Line[][] = [];
  let plain: Line[] = [];
  let i = 0;
  while (i < lines.length) {
    let j = i;
    while (j < lines.length && isTwoSided(lines[j] as Line)) j++;
    if (j - i >= 2) {
      if (plain.length > 0) groups.push(plain);
      plain = [];
      const run = lines.slice(i, j);
      groups.push(run.map((line) => half(line, 0)), run.map((line) => half(line, 1)));
      i = j;
    } else {
      plain.push(lines[i] as Line);
      i++;
    }
  }
  if (plain.length > 0) groups.push(plain);
  return groups;
}

function isTwoSided(line: Line): boolean {
  const [left, right] = line.segments;
  return line.segments.length === 2 && left !== undefined && right !== undefined && right.x0 - left.x1 >= SIDE_GAP_EM * line.size;
}

function half(line: Line, k: 0 | 1): Line {
  const segment = line.segments[k] as Segment;
  return { ...line, x0: segment.x0, x1: segment.x1, segments: [segment] };
}
