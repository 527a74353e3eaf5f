// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { articleHtmlSchema } from './src/lib/html-sanitize-schema.ts';

// Tests and benchmarks build other content folders into their own output and cache folders,
// so that parallel or successive builds never share state.
const outDir = process.env.OUT_DIR ?? './dist';
const cacheDir = process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://dailyinsight.example',
  outDir,
  cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Two content entries claiming one URL must stop the build, never silently keep one.
  prerenderConflictBehavior: 'error',
  devToolbar: { enabled: false },
  markdown: {
    // Raw HTML in Markdown is parsed (rehype-raw) and then cleaned against one allowlist,
    // so pages and feeds only ever see sanitized markup.
    processor: unified({
      rehypePlugins: [rehypeRaw, [rehypeSanitize, articleHtmlSchema]],
    }),
  },
});
