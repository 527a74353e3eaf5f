import { it } from 'vitest';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { articleHtmlSchema } from '../../../src/lib/html-sanitize-schema.ts';
import { absolutizeUrls } from '../../../src/lib/feed-items.ts';
it('probe', async () => {
  const p = await createMarkdownProcessor({ rehypePlugins: [rehypeRaw, [rehypeSanitize, articleHtmlSchema]] } as any);
  const r = await p.render('See [the search](/search/?q=a&b=2) and <a href="https://x.example/?a=1&amp;b=2">raw</a> ![img](/img/a b.png?w=1&h=2) [q](https://e.example/?q="x")');
  console.log(r.code);
  console.log(absolutizeUrls(r.code, 'https://site.example/news/x/'));
});
