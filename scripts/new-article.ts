/**
 * `npm run new -- "Headline" --author <id> [--city C] [--tags a,b]`: scaffolds
 * `content/articles/<slug>.md` with today's dateline in the site's time zone and a slug no
 * other article has. Never overwrites a file; refuses an unknown author.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readNewsroomSources } from '../src/content/read-files.ts';
import { toIsoWithOffset } from '../src/newsroom/dates.ts';
import { buildNow } from '../src/config/now.ts';
import { ARTICLE_SLUG, renderArticleTemplate, uniqueSlug } from '../src/content/scaffold.ts';
import { slugify } from '../src/newsroom/topics.ts';
import { suggestClosest } from '../src/content/suggest.ts';
import { idFromPath } from '../src/content/validate.ts';
import { site } from '../src/config/site.ts';

const USAGE = 'usage: npm run new -- "Headline" --author <id> [--city City] [--tags "Topic A,Topic B"]';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { author: { type: 'string' }, city: { type: 'string' }, tags: { type: 'string' } },
});
const title = positionals.join(' ').trim();
if (title === '' || !values.author) fail(USAGE);

const { articleFiles, authorFiles } = await readNewsroomSources(site.contentDir);
const authorIds = authorFiles.map((file) => idFromPath(file.path));
if (!authorIds.includes(values.author)) {
  const hint = suggestClosest(values.author, authorIds);
  fail(`unknown author "${values.author}"${hint ? ` (did you mean "${hint}"?)` : ''}; authors: ${authorIds.join(', ')}`);
}
const base = slugify(title, ARTICLE_SLUG) || 'article';
const taken = new Set(articleFiles.map((file) => idFromPath(file.path)));
const slug = uniqueSlug(base, (candidate) => taken.has(candidate));
const file = join(site.contentDir, 'articles', `${slug}.md`);
const text = renderArticleTemplate({
  title,
  // The time too: a date-only dateline counts from midnight, so the story would enter every
  // page's frame at once (README, "Publishing").
  dateline: toIsoWithOffset(buildNow(), site.timeZone),
  author: values.author,
  city: values.city,
  tags: (values.tags ?? '').split(',').map((tag) => tag.trim()).filter(Boolean),
});
try {
  writeFileSync(file, text, { flag: 'wx' });
} catch {
  fail(`${file} already exists; nothing was written`);
}
console.info(`Created ${file}\nFill in the fields marked TO FILL, then delete "draft: true" to publish.`);
