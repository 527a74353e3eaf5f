import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import sharp from 'sharp';
import * as cheerio from 'cheerio';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSource } from '#src/content/frontmatter.ts';
import { cspHeader } from '#src/delivery/security.ts';
import { toCalendarDate } from '#src/newsroom/dates.ts';
import { launchChromium, watchPage, type PageProblems } from '../support/browser.ts';
import { buildSite, TEST_BUILD_ROOT } from '../support/build-site.ts';
import { differingFiles, digestTree } from '../support/digest-tree.ts';
import { freePort, startEditorBackend, type EditorBackend } from '../support/editor-backend.ts';
import { writeNewsroom } from '../support/fixture-newsroom.ts';
import { runScript } from '../support/run-script.ts';
import { embassyTalks, sampleNewsroom } from '../support/sample-newsroom.ts';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';

/**
 * The browser editor against Decap's local backend: a build of the site (with its /admin/)
 * served from 127.0.0.1, `decap-server` writing into a temporary content folder, and Debian's
 * Chromium under the admin folder's Content-Security-Policy, with every request that leaves
 * 127.0.0.1 refused and recorded (nothing is downloaded).
 */
const ROOT = join(TEST_BUILD_ROOT, 'admin-editor');
const contentDir = join(ROOT, 'content');
const SITE_ZONE = 'Asia/Karachi';
const photo = join(ROOT, 'upload', 'river-gauge.jpg');

let siteDir = '';
let backend: EditorBackend | undefined;
let server: StaticServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  await writeNewsroom(contentDir, sampleNewsroom());
  await mkdir(dirname(photo), { recursive: true });
  await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#3b6d8a' } }).jpeg({ quality: 70 }).toFile(photo);
  const port = await freePort();
  const build = await buildSite('admin-editor-site', contentDir, { EDITOR_LOCAL_BACKEND_PORT: String(port) });
  if (build.exitCode !== 0) throw new Error(`build failed:\n${build.output}`);
  siteDir = build.outDir;
  // The editor names files relative to the repository root (the project), where CONTENT_DIR lies.
  backend = await startEditorBackend(process.cwd(), port);
  server = await startStaticServer(build.outDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await backend?.stop();
});

interface Editor {
  page: Page;
  context: BrowserContext;
  problems: PageProblems;
  /** Requests to anywhere but 127.0.0.1, refused. */
  outside: string[];
}

/**
 * Opens /admin/ under the admin policy, with the local backend's origin added to connect-src
 * (the one change: the published policy allows GitHub's API instead), in a browser whose own
 * time zone is far from the site's, and signs in to the local backend.
 */
async function openEditor(): Promise<Editor> {
  const context = await browser!.newContext({ timezoneId: 'America/Los_Angeles', viewport: { width: 1400, height: 1000 } });
  const outside: string[] = [];
  const policy = cspHeader('admin')[1].replace("connect-src 'self'", `connect-src 'self' ${new URL(backend!.apiUrl).origin}`);
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname !== '127.0.0.1') {
      outside.push(url.href);
      return route.abort();
    }
    const response = await route.fetch();
    return route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
  });
  const page = await context.newPage();
  const problems = watchPage(page);
  await page.goto(`${server!.url}/admin/`);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.getByRole('heading', { name: 'Articles' }).first().waitFor();
  return { page, context, problems, outside };
}

async function closeEditor(editor: Editor): Promise<void> {
  await editor.context.unrouteAll({ behavior: 'ignoreErrors' });
  await editor.context.close();
}

/** Picks an option of a react-select field (author, topics) by typing its label. */
async function choose(page: Page, field: string, label: string): Promise<void> {
  const input = page.locator(`input[id^="${field}-field-"]`);
  await input.fill(label);
  await page.getByRole('option', { name: label, exact: true }).click();
}

/** Publishes the entry in the form (the local backend has no workflow: it writes the file). */
async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Publish now' }).click();
  await page.getByText('Entry saved').waitFor();
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

describe('the editor page in the build', () => {
  it('is a valid page marked noindex that loads only the site\'s own scripts, with no inline one', async () => {
    const $ = cheerio.load(readFileSync(join(siteDir, 'admin/index.html'), 'utf8'));
    expect($('meta[name="robots"]').attr('content')).toBe('noindex, nofollow');
    const scripts = $('script').map((_, script) => script.attribs['src'] ?? 'inline').get();
    expect(scripts.length).toBeGreaterThan(0);
    // Every script of the editor lies in admin/, under the admin policy.
    expect(scripts).toEqual(['/admin/editor.js']);
    for (const file of ['admin/editor.js', 'admin/decap-cms.js']) expect(existsSync(join(siteDir, file)), file).toBe(true);
    const report = await new HtmlValidate(new FileSystemConfigLoader()).validateFile(join(siteDir, 'admin/index.html'));
    expect(report.results.flatMap((result) => result.messages.map((message) => message.message))).toEqual([]);
  });

  it('is left out of the sitemaps, the feeds and search', () => {
    for (const file of ['sitemap-0.xml', 'news-sitemap.xml', 'rss.xml', 'feed.json']) {
      expect(readFileSync(join(siteDir, file), 'utf8'), file).not.toContain('/admin/');
    }
    expect(readFileSync(join(siteDir, 'sitemap-0.xml'), 'utf8')).toContain('/news/embassy-talks/');
    const $ = cheerio.load(readFileSync(join(siteDir, 'admin/index.html'), 'utf8'));
    expect($('[data-pagefind-body]').length).toBe(0);
  });

  it('gets the admin policy from the delivery rules, and the rest of the site keeps its own', () => {
    const headers = readFileSync(join(siteDir, '_headers'), 'utf8');
    const adminRule = headers.split(/\n(?=\/)/).find((rule) => rule.startsWith('/admin/*'));
    expect(adminRule).toContain(`Content-Security-Policy: ${cspHeader('admin')[1]}`);
    expect(adminRule).toContain('X-Robots-Tag: noindex');
    expect(headers.match(/script-src 'self' 'unsafe-eval'/g)).toHaveLength(1);
    expect(readFileSync(join(siteDir, 'nginx-routes.conf'), 'utf8')).toContain('location ^~ /admin/ {');
  });
});

describe('the browser editor', () => {
  it('creates an article through the form that passes the check and builds into its page', async () => {
    const editor = await openEditor();
    try {
      const { page } = editor;
      const before = new Set(markdownFiles(contentDir));
      const daysOfToday = [new Date(), new Date(Date.now() + 120_000)].map((instant) => toCalendarDate(instant, SITE_ZONE));
      await page.locator('a[href$="/collections/articles/new"]').click();
      await expect.poll(() => page.locator('input[id^="dateline-field-"]').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // Today in the site's zone, not the browser's.
      expect(daysOfToday).toContain(await page.locator('input[id^="dateline-field-"]').inputValue());
      const headline = 'Rivers Commission Agrees to Share Flood Data';
      await page.getByLabel('Headline').fill(headline);
      await page.getByLabel('City', { exact: true }).fill('Lahore');
      // Two authors: the form writes the list of co-authors, in the order chosen.
      await choose(page, 'author', 'Ayesha Khan');
      await choose(page, 'author', 'John Doe');
      await choose(page, 'tags', 'Diplomacy');
      await choose(page, 'tags', 'Trade');
      // A lead picture, uploaded through the media library: it is saved beside the article.
      await page.getByRole('button', { name: 'Choose an image' }).click();
      await page.locator('input[type="file"]').setInputFiles(photo);
      await page.getByRole('button', { name: 'Choose selected' }).click();
      await page.getByLabel('Lead image text alternative').fill('The river at the gauge station');
      await page.locator('[data-slate-editor="true"]').click();
      await page.keyboard.type('The commission will publish river levels every hour during the monsoon.');
      // The preview pane shows the article with the site's own stylesheet and markup.
      const preview = page.frameLocator('#preview-pane');
      await expect.poll(() => preview.locator('h1.story__title').textContent()).toBe(headline);
      expect(await preview.locator('link[rel="stylesheet"][href*="/_astro/"]').count()).toBeGreaterThan(0);
      await publish(page);

      const created = markdownFiles(contentDir).filter((file) => !before.has(file));
      expect(created).toHaveLength(1);
      const file = join(contentDir, created[0]!);
      expect(file).toMatch(/articles\/\d{4}\/\d{2}\/rivers-commission-agrees-to-share-flood-data\.md$/);
      const { data, body } = parseSource(readFileSync(file, 'utf8'));
      expect(data).toMatchObject({ title: headline, city: 'Lahore', author: ['ayesha-khan', 'john-doe'], tags: ['Diplomacy', 'Trade'] });
      expect(data).toMatchObject({ image: 'river-gauge.jpg', imageAlt: 'The river at the gauge station' });
      expect(existsSync(join(dirname(file), 'river-gauge.jpg'))).toBe(true);
      expect(daysOfToday).toContain(data['dateline']);
      // Cleared optional fields are left out rather than saved blank (the check refuses a blank summary).
      expect(Object.keys(data)).not.toContain('summary');
      expect(body.trim()).toBe('The commission will publish river levels every hour during the monsoon.');
      expect(editor.problems.consoleErrors).toEqual([]);
      expect(editor.outside).toEqual([]);

      const epoch = String(Math.floor(Date.now() / 1000) + 60);
      const check = runScript('check', [], { CONTENT_DIR: contentDir, SOURCE_DATE_EPOCH: epoch });
      // No error and no warning names the new file.
      expect(check.output).not.toContain('rivers-commission-agrees-to-share-flood-data.md');
      expect(check.exitCode, check.output).toBe(0);
      const build = await buildSite('admin-editor-after', contentDir, { SOURCE_DATE_EPOCH: epoch });
      expect(build.exitCode, build.output).toBe(0);
      const pageFile = join(build.outDir, 'news/rivers-commission-agrees-to-share-flood-data/index.html');
      expect(existsSync(pageFile)).toBe(true);
      expect(readFileSync(pageFile, 'utf8')).toContain(headline);
    } finally {
      await closeEditor(editor);
    }
  }, 240_000);

  it('changes the headline of an existing article and nothing else', async () => {
    const editor = await openEditor();
    try {
      const { page } = editor;
      const file = join(contentDir, 'articles', embassyTalks.path);
      const before = digestTree(contentDir);
      const original = parseSource(readFileSync(file, 'utf8'));
      await page.getByRole('link', { name: new RegExp(`^${embassyTalks.frontmatter['title']}`) }).click();
      const headline = page.getByLabel('Headline');
      await expect.poll(() => headline.inputValue()).toBe(embassyTalks.frontmatter['title']);
      await headline.fill('Envoys Agree to Reopen Embassies by Summer');
      await publish(page);

      expect(differingFiles(before, digestTree(contentDir))).toEqual([join('articles', embassyTalks.path)]);
      const changed = parseSource(readFileSync(file, 'utf8'));
      expect(changed.data).toEqual({ ...original.data, title: 'Envoys Agree to Reopen Embassies by Summer' });
      expect(changed.body.trim()).toBe(original.body.trim());
      expect(editor.problems.consoleErrors).toEqual([]);
      expect(editor.outside).toEqual([]);
    } finally {
      await closeEditor(editor);
    }
  }, 120_000);
});
