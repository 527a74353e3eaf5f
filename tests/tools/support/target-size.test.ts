import { describe, expect, it } from 'vitest';
import { findTooSmallTargets, type TargetBox } from '../../support/target-size.ts';

const box = (label: string, x: number, y: number, width: number, height: number): TargetBox => ({ label, x, y, width, height });

describe('findTooSmallTargets (WCAG 2.5.8)', () => {
  it.each([
    ['passes targets of at least 24 × 24 px, however close', [box('a', 0, 0, 24, 24), box('b', 24, 0, 30, 24)], []],
    ['passes a small target with no other target within 12 px of its centre', [box('a', 0, 0, 10, 10), box('b', 18, 0, 30, 30)], []],
    ['fails a small target whose 24 px circle overlaps a neighbouring target', [box('a', 0, 0, 10, 10), box('b', 14, 0, 30, 30)], ['a']],
    ['fails two small targets whose circles overlap', [box('a', 0, 0, 10, 20), box('b', 20, 0, 10, 20)], ['a', 'b']],
    ['passes two small targets whose circles only touch', [box('a', 0, 0, 10, 20), box('b', 24, 0, 10, 20)], []],
    ['fails a target that is wide enough but too short, stacked under another', [box('a', 0, 0, 100, 16), box('b', 0, 16, 100, 16)], ['a', 'b']],
    ['passes a lone small target', [box('a', 0, 0, 8, 8)], []],
  ] as const)('%s', (_name, targets, expected) => {
    expect(findTooSmallTargets(targets)).toEqual(expected);
  });
});
