import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBuildManifest } from '#src/content/manifest.ts';
import { writeSearchIndex } from '#src/search/index-step.ts';
import type { SearchPage } from '#src/search/search.ts';
import { TEST_BUILD_ROOT } from '../support/build-site.ts';
import { FIXTURE_BASE_PATH_SEARCH_BUNDLE_PAGES, fixtureSite } from '../support/fixture-site.ts';

const root = join(TEST_BUILD_ROOT, 'search-bundle-reuse');
const outDir = join(root, 'dist');
const cacheDir = join(root, 'cache');
let pages: SearchPage[];

/** The search step on the copy of the base-path fixture's output, with small bundles. */
function index(): Promise<string> {
  return writeSearchIndex({ outDir, cacheDir, pages, siteLanguage: 'en', pagesPerBundle: FIXTURE_BASE_PATH_SEARCH_BUNDLE_PAGES });
}

/** Every file of the search bundles, by path, with its bytes. */
function bundleFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(join(outDir, 'search'), { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(join(entry.parentPath, entry.name), readFileSync(join(entry.parentPath, entry.name), 'base64'));
  }
  return files;
}

/** URLs of the indexed pages whose stored text contains `text` (fragments are gzipped JSON). */
function fragmentsContaining(text: string): string[] {
  const urls: string[] = [];
  for (const entry of readdirSync(join(outDir, 'search'), { recursive: true, withFileTypes: true })) {
    if (!entry.name.endsWith('.pf_fragment')) continue;
    const fragment = JSON.parse(
      gunzipSync(readFileSync(join(entry.parentPath, entry.name))).toString('utf8').replace(/^pagefind_dcd/, ''),
    ) as { url: string; content: string };
    if (fragment.content.includes(text)) urls.push(fragment.url.replace(/^\/+/, ''));
  }
  return urls;
}

function editPage(slug: string, from: string | RegExp, to: string): void {
  const file = join(outDir, 'news', slug, 'index.html');
  const html = readFileSync(file, 'utf8');
  const edited = html.replace(from, to);
  expect(edited).not.toBe(html);
  writeFileSync(file, edited);
}

beforeAll(async () => {
  const fixture = await fixtureSite('base-path');
  rmSync(root, { recursive: true, force: true });
  cpSync(fixture.outDir, outDir, { recursive: true });
  const fixtureCache = join(fixture.outDir, '..', 'cache');
  pages = (await readBuildManifest(fixtureCache)).searchPages;
}, 300_000);

describe('the search step', () => {
  it('reuses every bundle when no article changed, with the same files', async () => {
    expect(await index()).toMatch(/in (\d+) bundles \(0 reused\)/);
    const first = bundleFiles();
    const again = await index();
    const count = Number(/in (\d+) bundles/.exec(again)?.[1]);
    expect(count).toBeGreaterThan(2);
    expect(again).toContain(`(${count} reused)`);
    expect(bundleFiles()).toEqual(first);
  }, 120_000);

  it('puts back whole a bundle in the output whose entry file is not a link to the cached one', async () => {
    const before = bundleFiles();
    const bundle = join(outDir, 'search', 'pagefind');
    const fragment = readdirSync(join(bundle, 'fragment'))[0]!;
    rmSync(join(bundle, 'fragment', fragment));
    writeFileSync(join(bundle, 'stale.pf_fragment'), 'left by an older index');
    // The entry file is linked last, so a bundle whose entry file is the cached one's link was
    // put in place whole; a copy (an index put there by other means) is not trusted.
    const entry = join(bundle, 'pagefind-entry.json');
    const text = readFileSync(entry);
    rmSync(entry);
    writeFileSync(entry, text);
    await index();
    expect(bundleFiles()).toEqual(before);
  }, 120_000);

  it('reuses every bundle when only the frame around an article changed', async () => {
    editPage('embassy-talks', '</body>', '<aside>Latest: a new story</aside></body>');
    const line = await index();
    const count = Number(/in (\d+) bundles/.exec(line)?.[1]);
    expect(line).toContain(`(${count} reused)`);
  }, 120_000);

  it('indexes again only the bundle of an edited article, and finds the new word', async () => {
    editPage('embassy-talks', /(<div class="story__body"[^>]*>)/, '$1<p>Quixotic negotiations resumed.</p>');
    const line = await index();
    const count = Number(/in (\d+) bundles/.exec(line)?.[1]);
    expect(line).toContain(`(${count - 1} reused)`);
    expect(fragmentsContaining('Quixotic negotiations resumed')).toEqual(['news/embassy-talks/']);
  }, 120_000);

  it('writes the same files whether bundles are indexed one at a time or in lanes', async () => {
    const inLanes = bundleFiles();
    rmSync(join(outDir, 'search', 'pagefind'), { recursive: true, force: true });
    rmSync(join(outDir, 'search', 'bundles'), { recursive: true, force: true });
    const line = await writeSearchIndex({
      outDir,
      cacheDir: join(root, 'cache-one-lane'),
      pages,
      siteLanguage: 'en',
      pagesPerBundle: FIXTURE_BASE_PATH_SEARCH_BUNDLE_PAGES,
      lanes: 1,
    });
    expect(line).toMatch(/in \d+ bundles \(0 reused\)/);
    expect(bundleFiles()).toEqual(inLanes);
  }, 120_000);

  it('fails naming a page it cannot read', async () => {
    const page = join(outDir, 'news', 'embassy-talks', 'index.html');
    const html = readFileSync(page);
    rmSync(page);
    try {
      await expect(
        writeSearchIndex({ outDir, cacheDir: join(root, 'cache-failing'), pages, siteLanguage: 'en', pagesPerBundle: FIXTURE_BASE_PATH_SEARCH_BUNDLE_PAGES }),
      ).rejects.toThrow(/ENOENT.*news\/embassy-talks\/index\.html/);
    } finally {
      writeFileSync(page, html);
    }
  }, 120_000);

  it('fails, rather than waits forever, when Pagefind’s program stops on an error of its own', async () => {
    const cacheDir = join(root, 'cache-unwritable');
    mkdirSync(cacheDir, { recursive: true });
    // A file where the cached bundles' folder belongs: no bundle can be written there.
    writeFileSync(join(cacheDir, 'bundles'), '');
    await expect(
      writeSearchIndex({ outDir, cacheDir, pages, siteLanguage: 'en', pagesPerBundle: FIXTURE_BASE_PATH_SEARCH_BUNDLE_PAGES }),
    ).rejects.toThrow(/Pagefind's program stopped/);
  }, 120_000);
});
