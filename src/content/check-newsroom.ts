import { posix } from 'node:path';
import { formatIssue, sortIssues, type ContentIssue } from './issues.ts';
import { extractBodyLinks, isInternalUrl } from './markdown/extract-links.ts';
import { isBodyPicturePath } from './markdown/body-pictures.ts';
import { formatPublishReport, type HeldBack } from '../newsroom/publish.ts';
import { splitPublishedSources, type DatedSource } from '../newsroom/published-sources.ts';
import { listSitePaths, resolveSitePath } from './site-pages.ts';
import { suggestClosest } from './suggest.ts';
import { groupByTopic, topicSlug, type TopicGroup } from '../newsroom/topics.ts';
import type { Routes } from '../config/urls.ts';
import { authorIds } from './schemas/article.ts';
import { inspectOnce, validateNewsroom, type ImageInfo, type NewsroomValidation, type SourceFile } from './validate.ts';
import { checkBodyPicture } from './check-body-pictures.ts';
import { findForbiddenCharacters } from './characters.ts';
import { findUnclosedComment } from './markdown/comments.ts';
import { jsonLine, validateSiteData, type DataFiles, type SiteData } from './validate-data.ts';
import { UNKEPT_FACTS, type FileFacts } from './file-facts.ts';

/** Summaries longer than this are cut off in search results and feed readers. */
export const SUMMARY_WARN_LENGTH = 160;
/** Google Discover and large social cards want lead images at least this wide. */
export const IMAGE_WARN_WIDTH = 1200;

export interface CheckInput {
  articleFiles: readonly SourceFile[];
  authorFiles: readonly SourceFile[];
  /** `data/follow-us.json` and `data/trending.json`, where the content folder has them. */
  dataFiles?: DataFiles | undefined;
  /** The content folder, project-relative as the files' paths. */
  contentDir: string;
  /** Looks at an image file inside the content folder (existence, format, width). */
  inspectImage: (path: string) => ImageInfo;
  now: Date;
  timeZone: string;
  routes: Routes;
  pageSizes: { archive: number; author: number; tag: number };
  /** Site paths of fixed pages and public files that links may point to. */
  extraPaths: readonly string[];
  /** What is known of each file from earlier builds (`file-facts.ts`); nothing by default. */
  facts?: FileFacts | undefined;
}

export interface NewsroomCheck {
  validation: NewsroomValidation;
  /** Problems that stop the build. */
  errors: ContentIssue[];
  /** Problems worth a look that do not stop the build. */
  warnings: ContentIssue[];
  /** Published articles, newest first. */
  published: DatedSource[];
  publishedCount: number;
  heldBack: HeldBack[];
  /** Topics of the published articles, busiest first, each with its articles newest first. */
  topics: TopicGroup<PublishedTags>[];
  /** What the data files say (a file with problems counts as absent). */
  siteData: SiteData;
}

/** A published article as topic grouping sees it. */
export interface PublishedTags {
  slug: string;
  tags: readonly string[];
}

/**
 * Everything the build rejects and everything worth a warning, over the whole newsroom, in one
 * run: schema and YAML, authors, duplicate slugs, images, links in article bodies to pages that
 * will not exist (including drafts and scheduled articles), and the data files. The build's
 * loader and `npm run check` both call this, so they always agree; it also applies the publish
 * policy and groups topics, once for the whole build.
 */
export function checkNewsroom(input: CheckInput): NewsroomCheck {
  const validation = validateNewsroom(input);
  const facts = input.facts ?? UNKEPT_FACTS;
  const errors = [...validation.issues];
  const warnings: ContentIssue[] = [];
  const { all: candidates, published, heldBack } = splitPublishedSources(validation.articles, input.now, input.timeZone);
  const topics = groupByTopic(published.map(({ slug, source }) => ({ slug, tags: source.data.tags })));
  const sitePaths = listSitePaths(
    {
      articleSlugs: published.map((article) => article.slug),
      articlesPerAuthor: countBy(validation.authors.map((author) => author.id), published, (a) => authorIds(a.source.data.author)),
      articlesPerTopic: new Map(topics.map((topic) => [topic.slug, topic.articles.length])),
      pageSizes: input.pageSizes,
      extraPaths: input.extraPaths,
    },
    input.routes,
  );
  const publishedSlugs = new Set(published.map((article) => article.slug));
  const heldSlugs = new Set(heldBack.map((article) => article.slug));
  // Old slugs redirect, but links should lead straight to the article.
  const renamed = new Map(
    validation.articles.flatMap((article) => (article.data.aliases ?? []).map((alias) => [alias, article.id] as const)),
  );

  const inspectImage = (path: string) => inspectOnce(validation.images, path, input.inspectImage);
  for (const { source, slug } of candidates) {
    // A held-back article's own broken links do not stop today's build, but its writer should know.
    const report = publishedSlugs.has(slug) ? errors : warnings;
    for (const link of facts.of(source.file, 'body-links', () => extractBodyLinks(source.body))) {
      const line = source.bodyStartLine + link.line - 1;
      // Pictures beside the Markdown are processed for every stored article, drafts too.
      if (link.kind === 'image' && isBodyPicturePath(link.url)) {
        errors.push(...checkBodyPicture(link, { file: source.file, line, contentDir: input.contentDir, inspectImage }));
        continue;
      }
      const scheme = unsafeScheme(link.url);
      if (scheme !== undefined) {
        // The sanitizer removes the link and keeps its text: the page is safe, the writer should know.
        warnings.push({
          file: source.file,
          line,
          field: 'body',
          message: `unsafe link "${link.url}": ${scheme} links run code, so the link is removed; link to a web page instead`,
        });
        continue;
      }
      const problem = describeBrokenLink(link.url, link.kind, slug, {
        sitePaths,
        heldSlugs,
        renamed,
        routes: input.routes,
      });
      if (problem) report.push({ file: source.file, line, field: 'body', message: problem });
    }
    warnings.push(...facts.of(source.file, 'body-warnings', () => bodyWarnings(source.file, source.body, source.bodyStartLine)));
    if (source.data.summary && source.data.summary.length > SUMMARY_WARN_LENGTH) {
      warnings.push({
        file: source.file,
        line: source.fieldLines.get('summary'),
        field: 'summary',
        message: `is ${source.data.summary.length} characters; search results and feed readers cut it at about ${SUMMARY_WARN_LENGTH}`,
      });
    }
    const image = source.data.image;
    // The lead image passed validation, so it is a picture inside the content folder.
    const info = image ? validation.images.get(posix.normalize(posix.join(posix.dirname(source.file), image))) : undefined;
    const width = info?.kind === 'file' ? info.width : undefined;
    if (width !== undefined && width < IMAGE_WARN_WIDTH) {
      warnings.push({
        file: source.file,
        line: source.fieldLines.get('image'),
        field: 'image',
        message: `is ${width} px wide; use at least ${IMAGE_WARN_WIDTH} px for large previews`,
      });
    }
  }
  const { data: siteData, issues: dataIssues } = validateSiteData(input.dataFiles ?? {});
  errors.push(...dataIssues);
  const trendingFile = input.dataFiles?.trending;
  for (const [index, slug] of siteData.trendingSlugs.entries()) {
    // A pinned article that is held back today is skipped; one that does not exist is a typo.
    if (trendingFile && !publishedSlugs.has(slug) && !heldSlugs.has(slug)) {
      const hint = suggestClosest(slug, [...publishedSlugs]);
      errors.push({
        file: trendingFile.path,
        line: jsonLine(trendingFile.text, ['slugs', index]),
        field: 'slugs',
        message: `no article "${slug}"${hint ? ` (did you mean "${hint}"?)` : ''}`,
      });
    }
  }
  warnings.push(...findTagTypos(candidates.map((c) => ({ file: c.file, tags: c.source.data.tags, line: c.source.fieldLines.get('tags') }))));
  return { validation, errors, warnings, published, publishedCount: published.length, heldBack, topics, siteData };
}

/**
 * What a writer should know of a body that still builds: control characters the build removes,
 * and an HTML comment that never closes, which hides the rest of the article (as CommonMark
 * says it should).
 */
function bodyWarnings(file: string, body: string, bodyStartLine: number): ContentIssue[] {
  const warnings: ContentIssue[] = [];
  for (const { character, line } of findForbiddenCharacters(body)) {
    warnings.push({
      file,
      line: bodyStartLine + line - 1,
      field: 'body',
      message: `the invisible control character ${character} is removed: no page or feed may carry it`,
    });
  }
  const comment = findUnclosedComment(body);
  if (comment !== undefined) {
    warnings.push({
      file,
      line: bodyStartLine + comment - 1,
      field: 'body',
      message: 'an HTML comment "<!--" opens here and never closes with "-->": everything after it is hidden',
    });
  }
  return warnings;
}

function describeBrokenLink(
  url: string,
  kind: 'link' | 'image' | 'reference',
  slug: string,
  site: {
    sitePaths: Set<string>;
    heldSlugs: Set<string>;
    renamed: Map<string, string>;
    routes: Routes;
  },
): string | undefined {
  if (kind === 'reference') {
    if (site.heldSlugs.has(url)) return `[[${url}]] points to an article that is not published (draft or scheduled)`;
    const current = site.renamed.get(url);
    if (current !== undefined) return `[[${url}]] is an old slug of a renamed article: write [[${current}]]`;
    return site.sitePaths.has(decodeURI(site.routes.article(url))) ? undefined : `[[${url}]]: no article with that slug`;
  }
  if (!isInternalUrl(url)) return undefined;
  const path = resolveSitePath(url, site.routes.article(slug));
  if (path === undefined) return `broken link "${url}": not a valid URL`;
  if (site.sitePaths.has(path)) return undefined;
  const target = /^\/news\/([^/]+)\/$/.exec(path)?.[1];
  if (target && site.heldSlugs.has(target)) return `broken link "${url}": that article is not published (draft or scheduled)`;
  const current = target === undefined ? undefined : site.renamed.get(target);
  if (current !== undefined) return `link "${url}" leads to an old slug of a renamed article: link to ${site.routes.article(current)}`;
  return `broken link "${url}": no page at ${path}`;
}

/**
 * The scheme of a link that would run code (`javascript:`, `vbscript:`, `data:` pages), read as a
 * browser reads it: ASCII whitespace and control characters inside the scheme are ignored.
 */
function unsafeScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase();
  if (scheme === 'javascript' || scheme === 'vbscript') return `${scheme}:`;
  if (scheme === 'data' && !/^data:image\/(?:png|jpeg|gif|webp|avif);/i.test(url.trim())) return 'data:';
  return undefined;
}

function countBy<T>(keys: readonly string[], items: readonly T[], keysOf: (item: T) => string[]): Map<string, number> {
  const counts = new Map<string, number>(keys.map((key) => [key, 0]));
  for (const item of items) for (const key of new Set(keysOf(item))) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** Tags used once whose name is one typo away from a tag used more often. */
function findTagTypos(articles: readonly { file: string; tags: readonly string[]; line: number | undefined }[]): ContentIssue[] {
  const uses = new Map<string, { name: string; count: number }>();
  for (const article of articles) {
    for (const name of article.tags) {
      const slug = topicSlug(name);
      const entry = uses.get(slug) ?? { name, count: 0 };
      entry.count += 1;
      uses.set(slug, entry);
    }
  }
  const common = [...uses.values()].filter((tag) => tag.count > 1).map((tag) => tag.name);
  const issues: ContentIssue[] = [];
  for (const article of articles) {
    for (const name of article.tags) {
      if (uses.get(topicSlug(name))?.count !== 1 || name.length < 4) continue;
      const hint = suggestClosest(name, common, 1);
      if (hint && topicSlug(hint) !== topicSlug(name)) {
        issues.push({
          file: article.file,
          line: article.line,
          field: 'tags',
          message: `"${name}" is used only here; did you mean "${hint}"?`,
        });
      }
    }
  }
  return issues;
}

/**
 * The report the build and `npm run check` print in the same words: what is published, what is
 * held back and why, then warnings and errors, one line each.
 */
export function formatCheckReport(check: Pick<NewsroomCheck, 'publishedCount' | 'heldBack' | 'warnings' | 'errors'>): string {
  const lines = [formatPublishReport(check.publishedCount, check.heldBack)];
  if (check.warnings.length > 0) {
    lines.push(`${check.warnings.length} warning${check.warnings.length === 1 ? '' : 's'}:`);
    for (const warning of sortIssues(check.warnings)) lines.push(`  ${formatIssue(warning)}`);
  }
  if (check.errors.length > 0) {
    lines.push(`${check.errors.length} error${check.errors.length === 1 ? '' : 's'}:`);
    for (const error of sortIssues(check.errors)) lines.push(`  ${formatIssue(error)}`);
  }
  return lines.join('\n');
}
