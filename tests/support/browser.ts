import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

/** Debian's Chromium, headless, making no network calls of its own. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** What went wrong while a page loaded, one line each. */
export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  /** Responses with status 400 or more, as "404 http://…". */
  errorResponses: string[];
}

/**
 * Records console errors, uncaught exceptions, requests that failed outright and responses
 * with an error status for as long as the page lives. `clear()` starts a fresh record, so one
 * watcher can follow a reader across several pages.
 */
export function watchPage(page: Page): PageProblems & { clear(): void } {
  const problems = {
    consoleErrors: [] as string[],
    failedRequests: [] as string[],
    errorResponses: [] as string[],
    clear() {
      problems.consoleErrors.length = 0;
      problems.failedRequests.length = 0;
      problems.errorResponses.length = 0;
    },
  };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(String(error)));
  page.on('requestfailed', (request) =>
    problems.failedRequests.push(`${request.url()} (${request.failure()?.errorText ?? 'failed'})`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) problems.errorResponses.push(`${response.status()} ${response.url()}`);
  });
  return problems;
}

/**
 * Loads every image on the page, lazy ones included, and returns the address of each that
 * did not decode to a picture (no file, an empty file, or a broken one).
 */
export function findBrokenImages(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const images = Array.from(document.images);
    await Promise.all(
      images.map((image) => {
        image.loading = 'eager';
        if (image.complete) return undefined;
        return new Promise((settle) => {
          image.addEventListener('load', settle, { once: true });
          image.addEventListener('error', settle, { once: true });
        });
      }),
    );
    return images.filter((image) => image.naturalWidth === 0).map((image) => image.currentSrc || image.src);
  });
}
