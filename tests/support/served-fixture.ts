import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.ts';
import { fixtureSite, type FixtureVariant } from './fixture-site.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';

/** The fixture site as a browser test sees it: where it is served, and Chromium to visit it. */
export interface ServedFixture {
  /** Origin of the static server on 127.0.0.1, without a trailing slash. */
  readonly url: string;
  readonly browser: Browser;
  /** The build's output folder. */
  readonly outDir: string;
}

/**
 * Registers the test file's hooks: before its tests, serve the shared fixture build and launch
 * Chromium; after them, close both (also when a test failed). Read the fields inside tests.
 */
export function serveFixtureInChromium(variant: FixtureVariant = 'root'): ServedFixture {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let outDir: string | undefined;
  beforeAll(async () => {
    const build = await fixtureSite(variant);
    outDir = build.outDir;
    server = await startStaticServer(build.outDir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the served fixture is only ready inside tests');
    return value;
  };
  return {
    get url() {
      return ready(server).url;
    },
    get browser() {
      return ready(browser);
    },
    get outDir() {
      return ready(outDir);
    },
  };
}
