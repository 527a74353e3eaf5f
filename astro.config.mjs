// @ts-check
import { defineConfig, sharpImageService } from 'astro/config';
import { articleMarkdownProcessor, articleProcessorFromEnv } from './src/content/markdown/processors.ts';
import { env } from './src/config/env.ts';
import { outputFolders } from './src/config/output.ts';
import { imageEncoding } from './src/config/image-encoding.ts';
import { site } from './src/config/site.ts';
import { deliveryFiles } from './src/delivery/integration.ts';
import { sitemapIntegration } from './src/seo/sitemap.ts';
import { shareCards } from './src/share-cards/integration.ts';
import { unfinishedBuildGuard } from './src/build/unfinished-build.ts';

export default defineConfig({
  site: site.url,
  base: site.base,
  // Tests and benchmarks build other content folders into their own output and cache folders,
  // so that parallel or successive builds never share state.
  // An OUT_DIR outside the project is built inside it and copied at the end (src/config/output.ts).
  outDir: outputFolders().buildDir,
  cacheDir: env.cacheDir,
  trailingSlash: 'always',
  // Pages whose cache key (from getStaticPaths) and code are unchanged are copied from the last
  // build instead of rendered (docs/architecture.md, "Publishing").
  experimental: { incrementalBuild: true },
  // Unchanged pages stay in the output folder rather than being copied back from Astro's cache;
  // the build's last step deletes what this build did not write (src/build/sweep-output.ts).
  vite: { build: { emptyOutDir: false } },
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
    // A build that stopped half-way leaves no cached image a later build trusts (src/build/unfinished-build.ts).
    unfinishedBuildGuard(env.cacheDir),
    // Every page but the 404 and redirects, articles with their last change (src/seo/sitemap.ts).
    sitemapIntegration(site.url),
    // news/<slug>/card.png of articles without a lead image (src/share-cards/integration.ts).
    shareCards(),
    // _headers, _redirects and nginx-routes.conf for the host (src/delivery/integration.ts).
    deliveryFiles(),
  ],
  markdown: {
    // No syntax colouring: it would be inline styles that the sanitizer strips anyway, and a
    // strict Content-Security-Policy forbids. Code blocks keep their language class for CSS.
    syntaxHighlight: false,
    // Raw HTML in Markdown is parsed into the tree, then cleaned against one allowlist, so
    // pages and feeds only ever see sanitized markup. Sätteri by default: measured faster
    // than unified on the benchmark corpus (docs/performance.md); MARKDOWN_PROCESSOR=unified
    // switches back for comparison.
    processor: articleMarkdownProcessor(articleProcessorFromEnv(env.markdownProcessor), site.base),
  },
});
