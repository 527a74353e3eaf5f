import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/build-site.ts';

let build: BuildResult;

beforeAll(async () => {
  build = await buildSite('sample', resolve('content'));
});

describe('the sample newsroom in content/', () => {
  it('builds without warnings or errors', () => {
    expect(build.exitCode, build.output).toBe(0);
    expect(build.output).not.toMatch(/\[(WARN|ERROR)\]|\bwarn(ing)?\b/i);
  });

  it('holds back its draft and its scheduled article, and says so', () => {
    expect(build.output).toMatch(/embargoed-budget-briefing\.md: draft: true/);
    expect(build.output).toMatch(/central-asian-water-summit-preview\.md: scheduled/);
    expect(existsSync(join(build.outDir, 'news/embargoed-budget-briefing'))).toBe(false);
  });

  it('publishes an Urdu article and pages for every author', () => {
    expect(existsSync(join(build.outDir, 'news/karachi-monsoon-preparedness-plan/index.html'))).toBe(true);
    for (const id of ['amina-rauf', 'daniel-okafor', 'sana-iqbal']) {
      expect(existsSync(join(build.outDir, 'author', id, 'index.html'))).toBe(true);
    }
  });
});
