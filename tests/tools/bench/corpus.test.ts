import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  BODY_WORDS,
  addSentenceToBody,
  generateCorpus,
  type Corpus,
  type CorpusOptions,
} from '../../../scripts/bench/corpus.ts';
import { countWords } from '../../../scripts/bench/prose.ts';
import { TOPIC_CLUSTERS } from '../../../scripts/bench/vocabulary.ts';
import { parseDateline } from '#src/newsroom/dates.ts';
import { articleFrontmatterSchema } from '#src/content/schemas/article.ts';
import { authorFrontmatterSchema } from '#src/content/schemas/author.ts';

const NOW = new Date(Date.UTC(2026, 0, 1));
const options = (articles: number, seed = 7): CorpusOptions => ({ articles, seed, now: NOW });

/** Frontmatter and body of a generated Markdown file, read back the way a writer's file is. */
function readMarkdown(text: string): { frontmatter: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)---\n/.exec(text);
  if (!match) throw new Error(`no frontmatter in:\n${text.slice(0, 200)}`);
  return { frontmatter: yaml.load(match[1] ?? '') as Record<string, unknown>, body: text.slice(match[0].length) };
}

function articleFiles(corpus: Corpus) {
  return corpus.files
    .filter((file) => file.path.startsWith('articles/'))
    .map((file) => ({ path: file.path, slug: /([^/]+)\.md$/.exec(file.path)?.[1] ?? '', ...readMarkdown(file.text) }));
}

const large = generateCorpus(options(2000));
const largeArticles = articleFiles(large);
const publishedSlugs = new Set(
  largeArticles.filter((file) => file.frontmatter['draft'] !== true).map((file) => file.slug),
);
const clusterOf = new Map(
  TOPIC_CLUSTERS.flatMap((cluster, index) => cluster.topics.map((topic) => [topic, index] as const)),
);

describe('generateCorpus', () => {
  it('gives the same files and contents for the same seed', () => {
    expect(generateCorpus(options(120, 3))).toEqual(generateCorpus(options(120, 3)));
  });

  it('gives different contents for another seed', () => {
    const a = generateCorpus(options(120, 3)).files;
    const b = generateCorpus(options(120, 4)).files;
    expect(a.map((file) => file.text)).not.toEqual(b.map((file) => file.text));
  });

  it.each([1, 7, 120])('makes exactly %i article files', (articles) => {
    const corpus = generateCorpus(options(articles));
    expect(articleFiles(corpus)).toHaveLength(articles);
    expect(corpus.articles).toHaveLength(articles);
  });

  it.each([
    [1, 3],
    [100, 3],
    [175, 4],
    [1000, 20],
    [2000, 40],
  ])('gives %i articles %i authors (one per 50, at least 3)', (articles, authors) => {
    const corpus = articles === 2000 ? large : generateCorpus(options(articles));
    expect(corpus.authors).toHaveLength(authors);
    expect(corpus.files.filter((file) => file.path.startsWith('authors/'))).toHaveLength(authors);
  });

  it('uses about 200 topics across a large newsroom, 1 to 4 per article, mostly from one cluster', () => {
    const topics = new Set(largeArticles.flatMap((file) => file.frontmatter['tags'] as string[]));
    expect(topics.size).toBeGreaterThanOrEqual(190);
    expect(topics.size).toBeLessThanOrEqual(200);
    let focused = 0;
    for (const file of largeArticles) {
      const tags = file.frontmatter['tags'] as string[];
      expect(tags.length).toBeGreaterThanOrEqual(1);
      expect(tags.length).toBeLessThanOrEqual(4);
      const perCluster = new Map<number | undefined, number>();
      for (const tag of tags) perCluster.set(clusterOf.get(tag), (perCluster.get(clusterOf.get(tag)) ?? 0) + 1);
      if (Math.max(...perCluster.values()) / tags.length > 0.5) focused++;
    }
    expect(focused / largeArticles.length).toBeGreaterThan(0.8);
  });

  it('links only to published articles of the newsroom, never to the article itself', () => {
    let links = 0;
    for (const file of largeArticles) {
      for (const [, slug] of file.body.matchAll(/\]\(\/news\/([^/)]+)\/\)/g)) {
        links++;
        expect(publishedSlugs.has(slug ?? ''), `${file.path} links to ${slug}`).toBe(true);
        expect(slug).not.toBe(file.slug);
      }
      expect(file.body).not.toMatch(/\]\((?!\/news\/[^/)]+\/\))/);
    }
    expect(links).toBeGreaterThan(largeArticles.length);
  });

  it('writes bodies of 400 to 900 words with headings, bulleted lists and blockquotes', () => {
    for (const file of largeArticles) {
      const words = countWords(file.body);
      expect(words, file.path).toBeGreaterThanOrEqual(BODY_WORDS.min);
      expect(words, file.path).toBeLessThanOrEqual(BODY_WORDS.max);
      expect(file.body).toMatch(/^## \S/m);
      expect(file.body).toMatch(/^- \S/m);
      expect(file.body).toMatch(/^> \S/m);
    }
  });

  it('writes frontmatter that passes the real article and author schemas', () => {
    for (const file of large.files) {
      const { frontmatter } = readMarkdown(file.text);
      const schema = file.path.startsWith('authors/') ? authorFrontmatterSchema : articleFrontmatterSchema;
      const result = schema.safeParse(frontmatter);
      expect(result.success, `${file.path}: ${result.error?.message}`).toBe(true);
    }
  });

  it('gives every article a unique slug and an author that exists', () => {
    const authorIds = new Set(large.authors.map((author) => author.id));
    expect(new Set(largeArticles.map((file) => file.slug)).size).toBe(largeArticles.length);
    for (const file of largeArticles) expect(authorIds.has(file.frontmatter['author'] as string)).toBe(true);
  });

  it('dates every article in the five years before now and files it in its year and month', () => {
    const years = new Set<number>();
    for (const file of largeArticles) {
      const dateline = file.frontmatter['dateline'] as string;
      const { instant } = parseDateline(dateline, 'Asia/Karachi');
      expect(instant.getTime()).toBeLessThanOrEqual(NOW.getTime());
      expect(instant.getTime()).toBeGreaterThanOrEqual(NOW.getTime() - 5 * 366 * 86_400_000);
      expect(file.path.startsWith(`articles/${dateline.slice(0, 4)}/${dateline.slice(5, 7)}/`), file.path).toBe(true);
      years.add(instant.getUTCFullYear());
    }
    expect([...years].sort()).toEqual([2021, 2022, 2023, 2024, 2025]);
  });

  it('marks about 0.5% of articles as drafts and gives most a summary and a temperature', () => {
    const share = (field: string) =>
      largeArticles.filter((file) => file.frontmatter[field] !== undefined).length / largeArticles.length;
    expect(large.articles.filter((article) => article.draft)).toHaveLength(10);
    expect(largeArticles.filter((file) => file.frontmatter['draft'] === true)).toHaveLength(10);
    expect(share('summary')).toBeGreaterThan(0.75);
    expect(share('temperature')).toBeGreaterThan(0.8);
  });

  it('summarises each article as its file says', () => {
    const byPath = new Map(largeArticles.map((file) => [file.path, file]));
    for (const article of large.articles) {
      const file = byPath.get(article.path);
      expect(file?.slug).toBe(article.slug);
      expect(file?.frontmatter['title']).toBe(article.title);
      expect(file?.frontmatter['author']).toBe(article.author);
      expect(file?.frontmatter['tags']).toEqual(article.tags);
      expect(file?.frontmatter['draft'] === true).toBe(article.draft);
    }
  });

  it('rejects a count of articles that is not a positive integer', () => {
    expect(() => generateCorpus(options(0))).toThrow(/positive integer/);
    expect(() => generateCorpus(options(2.5))).toThrow(/positive integer/);
  });
});

describe('addSentenceToBody', () => {
  const [original] = largeArticles;
  if (!original) throw new Error('the corpus has no articles');
  const text = large.files.find((file) => file.path === original.path)?.text ?? '';
  const edited = readMarkdown(addSentenceToBody(text, 'A sentence added by the benchmark.'));

  it('keeps the frontmatter as it was', () => {
    expect(edited.frontmatter).toEqual(original.frontmatter);
  });

  it('adds the sentence as the first paragraph and keeps the body after it', () => {
    expect(edited.body.trim()).toBe(`A sentence added by the benchmark.\n\n${original.body.trim()}`);
  });

  it('refuses text without frontmatter', () => {
    expect(() => addSentenceToBody('no frontmatter', 's')).toThrow(/frontmatter/);
  });
});
