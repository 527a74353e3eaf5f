import { describe, expect, it } from 'vitest';
import { parseAuditArgs } from '../../../scripts/audit/options.ts';

describe('parseAuditArgs', () => {
  it('audits the default pages once with a floor of 95 when given nothing', () => {
    expect(parseAuditArgs([])).toEqual({ paths: [], runs: 1, floor: 95 });
  });

  it('reads runs, floor and paths in any order', () => {
    expect(parseAuditArgs(['/news/a/', '--runs', '3', '/', '--floor', '90'])).toEqual({ paths: ['/news/a/', '/'], runs: 3, floor: 90 });
  });

  it.each([
    [['--runs', '0'], /--runs/],
    [['--runs', 'two'], /--runs/],
    [['--runs'], /--runs/],
    [['--floor', '101'], /--floor/],
    [['--floor', '9.5'], /--floor/],
    [['news/a/'], /unknown argument "news\/a\/"/],
    [['--fast'], /unknown argument "--fast"/],
  ])('refuses %j', (args, message) => {
    expect(() => parseAuditArgs(args)).toThrow(message);
  });
});
