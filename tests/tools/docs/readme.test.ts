import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');

describe('the README', () => {
  it('stays within 16,000 bytes, with the details in docs/', () => {
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(16_000);
  });

  it('gives the two commands that build the sample and run every test', () => {
    expect(readme).toContain('npm install && npm run build');
    expect(readme).toContain('npm test');
  });

  it('links only to docs that exist', () => {
    const links = [...readme.matchAll(/\]\((docs\/[^)#]+)\)/g)].map((match) => match[1]!);
    expect(links.length).toBeGreaterThan(3);
    expect(links.filter((link) => !existsSync(link))).toEqual([]);
  });
});
