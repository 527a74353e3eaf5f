// @ts-check
import { defineConfig, sharpImageService } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { articleMarkdownProcessor, articleProcessorFromEnv } from './src/content/markdown/processors.ts';
import { CACHE_DIR } from './src/content/html-cache.ts';
import { shareCards } from './src/share-cards/integration.ts';
import { deliveryFiles } from './src/delivery/integration.ts';
import { readPublishedRedirects } from './src/delivery/published-redirects.ts';
import { absoluteUrl } from './src/config/urls.ts';
import { readArticleLastModified } from './src/seo/published-dates.ts';
import { site } from './src/config/site.ts';
import { imageEncoding } from './src/config/image-encoding.ts';

// Tests and benchmarks build other content folders into their own output and cache folders,
// so that parallel or successive builds never share state.
const outDir = process.env.OUT_DIR ?? './dist';

/** @type {Promise<Map<string, Date>> | undefined} */
let lastModified;
/** @type {Promise<Set<string>> | undefined} */
let renamedUrls;

export default defineConfig({
  site: site.url,
  base: site.base,
  outDir,
  cacheDir: CACHE_DIR,
  trailingSlash: 'always',
  // Pages render while earlier ones are written: most of a page's time is file I/O.
  // Stylesheets stay files, never inline <style>: the Content-Security-Policy allows styles only
  // from the site's own files (src/delivery/security.ts).
  build: { format: 'directory', concurrency: 8, inlineStylesheets: 'never' },
  // Two content entries claiming one URL must stop the build, never silently keep one.
  prerenderConflictBehavior: 'error',
  devToolbar: { enabled: false },
  // AVIF at a low effort: several times faster at a slightly larger size (src/config/image-encoding.ts).
  image: { service: sharpImageService(imageEncoding) },
  integrations: [
    sitemap({
      filter: (page) => !page.endsWith('/404/'),
      // Articles carry their own last change; list pages change with every new article.
      serialize: async (item) => {
        lastModified ??= readArticleLastModified();
        // The old URL of a renamed article is a redirect, not a page to index.
        renamedUrls ??= readPublishedRedirects().then(
          (redirects) => new Set(redirects.map((redirect) => absoluteUrl(site.url, redirect.from))),
        );
        if ((await renamedUrls).has(item.url)) return undefined;
        const date = (await lastModified).get(item.url);
        return date ? { ...item, lastmod: date.toISOString() } : item;
      },
    }),
    // news/<slug>/card.png of articles without a lead image (src/share-cards/integration.ts).
    shareCards(),
    // _headers, _redirects and nginx-routes.conf for the host (src/delivery/integration.ts).
    deliveryFiles(site.base),
  ],
  markdown: {
    // No syntax colouring: it would be inline styles that the sanitizer strips anyway, and a
    // strict Content-Security-Policy forbids. Code blocks keep their language class for CSS.
    syntaxHighlight: false,
    // Raw HTML in Markdown is parsed into the tree, then cleaned against one allowlist, so
    // pages and feeds only ever see sanitized markup. Sätteri by default: measured 6× faster
    // than unified on the benchmark corpus (README, "Performance"); MARKDOWN_PROCESSOR=unified
    // switches back for comparison.
    processor: articleMarkdownProcessor(articleProcessorFromEnv(process.env.MARKDOWN_PROCESSOR), site.base),
  },
});
