import { describe, expect, it } from 'vitest';
import { createRandom, mulberry32 } from '../../../scripts/bench/random.ts';

describe('mulberry32', () => {
  it('repeats the same sequence for the same seed and another for another seed', () => {
    const take = (seed: number) => Array.from({ length: 5 }, mulberry32(seed));
    expect(take(42)).toEqual(take(42));
    expect(take(42)).not.toEqual(take(43));
  });

  it('returns floats in [0, 1)', () => {
    const values = Array.from({ length: 10_000 }, mulberry32(1));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
  });
});

describe('createRandom', () => {
  it('keeps int() within its bounds, both included', () => {
    const random = createRandom(5);
    const seen = new Set(Array.from({ length: 1000 }, () => random.int(1, 4)));
    expect([...seen].sort()).toEqual([1, 2, 3, 4]);
  });

  it('shuffles into a permutation without changing its input', () => {
    const input = [1, 2, 3, 4, 5, 6, 7, 8];
    const shuffled = createRandom(9).shuffle(input);
    expect([...shuffled].sort()).toEqual(input);
    expect(input).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('refuses to pick from an empty list', () => {
    expect(() => createRandom(1).pick([])).toThrow(/empty/);
  });
});
