import { describe, expect, it } from 'vitest';
import { parseParentPid, parseVmRssBytes, processTree } from '../../../scripts/bench/process-tree.ts';

describe('parseParentPid', () => {
  it.each([
    ['4242 (node) S 4200 4242 4200 0 -1 4194560', 4200],
    ['77 (my (odd) name) R 1 77 77 0', 1],
    ['9 (a b) S 0 0 0', 0],
    ['garbage', undefined],
  ])('reads the parent of %j as %s', (stat, ppid) => {
    expect(parseParentPid(stat)).toBe(ppid);
  });
});

describe('parseVmRssBytes', () => {
  it('reads VmRSS in kB as bytes', () => {
    expect(parseVmRssBytes('Name:\tnode\nVmPeak:\t  900 kB\nVmRSS:\t  123456 kB\nThreads:\t11\n')).toBe(123456 * 1024);
  });

  it('gives undefined for a process without memory (a zombie)', () => {
    expect(parseVmRssBytes('Name:\tnode\nState:\tZ (zombie)\n')).toBeUndefined();
  });
});

describe('processTree', () => {
  const parentOf = new Map([
    [10, 1],
    [11, 10],
    [12, 10],
    [13, 12],
    [20, 1],
    [21, 20],
  ]);

  it('lists the root and every descendant, breadth first', () => {
    expect(processTree(10, parentOf)).toEqual([10, 11, 12, 13]);
  });

  it('lists only the root when it has no children or is gone', () => {
    expect(processTree(13, parentOf)).toEqual([13]);
    expect(processTree(99, parentOf)).toEqual([99]);
  });

  it('stops on a cycle instead of looping', () => {
    expect(
      processTree(
        1,
        new Map([
          [1, 2],
          [2, 1],
        ]),
      ),
    ).toEqual([1, 2]);
  });
});
