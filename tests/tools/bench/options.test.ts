import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../../scripts/bench/options.ts';

describe('parseBenchArgs', () => {
  it('reads every option', () => {
    expect(parseBenchArgs(['--articles', '10000', '--seed', '7', '--check', '--keep'])).toEqual({
      articles: 10000,
      seed: 7,
      check: true,
      keep: true,
      help: false,
    });
  });

  it('defaults to seed 1 without check or keep', () => {
    expect(parseBenchArgs(['--articles=50'])).toEqual({
      articles: 50,
      seed: 1,
      check: false,
      keep: false,
      help: false,
    });
  });

  it.each([[[]], [['--articles', '0']], [['--articles', '1e3']], [['--articles', '-5']], [['--articles', 'many']]])(
    'rejects %j: articles must be a positive whole number',
    (args) => {
      expect(() => parseBenchArgs(args)).toThrow();
    },
  );

  it.each([[['--articles', '10', '--seed', '1.5']], [['--articles', '10', '--fast']], [['--articles', '10', 'extra']]])(
    'rejects %j',
    (args) => {
      expect(() => parseBenchArgs(args)).toThrow();
    },
  );

  it('asks for help without needing a count', () => {
    expect(parseBenchArgs(['--help']).help).toBe(true);
  });
});
