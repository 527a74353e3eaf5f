import matter from 'gray-matter';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { renderArticleTemplate, uniqueSlug, type NewArticle } from '#src/content/scaffold.ts';
import { articleFrontmatterSchema } from '#src/content/schemas/article.ts';

/** Frontmatter and body of a template, parsed the way a reader of the file would. */
function parse(text: string): { data: Record<string, unknown>; content: string } {
  const file = matter(text, { engines: { yaml: (source: string) => yaml.load(source) as object } });
  return { data: file.data, content: file.content };
}

function newArticle(changes: Partial<NewArticle> = {}): NewArticle {
  return {
    title: 'Karachi Port Expands Container Capacity',
    dateline: '2025-04-15',
    author: 'amina-rauf',
    city: 'Karachi',
    tags: ['Trade', 'Pakistan'],
    ...changes,
  };
}

describe('uniqueSlug', () => {
  it.each([
    ['a free base', [], 'karachi-port'],
    ['a taken base', ['karachi-port'], 'karachi-port-2'],
    ['a base taken twice', ['karachi-port', 'karachi-port-2'], 'karachi-port-3'],
    ['a gap in the numbering', ['karachi-port', 'karachi-port-3'], 'karachi-port-2'],
    ['a taken "-1" only', ['karachi-port-1'], 'karachi-port'],
  ])('returns the first free slug for %s', (_label, taken, slug) => {
    const takenSet = new Set<string>(taken);
    expect(uniqueSlug('karachi-port', (candidate) => takenSet.has(candidate))).toBe(slug);
  });

  it('asks about candidates in order base, base-2, base-3', () => {
    const asked: string[] = [];
    uniqueSlug('floods', (candidate) => {
      asked.push(candidate);
      return asked.length < 3;
    });
    expect(asked).toEqual(['floods', 'floods-2', 'floods-3']);
  });
});

describe('renderArticleTemplate', () => {
  it.each([
    ['a plain title', 'Karachi Port Expands'],
    ['double quotes', 'Minister Calls Budget "Historic"'],
    ['single quotes', "Pakistan's 'Historic' Budget"],
    ['a colon', 'Analysis: What the Budget Means'],
    ['a colon followed by a hash', 'Trade: Exports #1 in Region'],
    ['a leading hash', '#1 Port in the Region'],
    ['a leading dash', '- and Then There Were None'],
    ['a leading quote', '"Enough," Says Minister'],
    ['brackets and braces', '[Update] {Live} Floods'],
    ['an ampersand and asterisk', '&Co *Exclusive*'],
    ['a leading at-sign and backtick', '@Desk `Notes`'],
    ['a YAML boolean word', 'Yes'],
    ['a YAML null word', 'null'],
    ['a number', '2025'],
    ['a date-like title', '2025-04-15'],
    ['non-Latin letters', 'کراچی بندرگاہ کی توسیع'],
    ['a backslash', 'Path C:\\Windows Fails'],
  ])('writes a title with %s that parses back unchanged', (_label, title) => {
    expect(parse(renderArticleTemplate(newArticle({ title }))).data['title']).toBe(title);
  });

  it('fills the given fields and keeps the dateline a string', () => {
    const { data } = parse(renderArticleTemplate(newArticle({ tags: ['Central Asia', 'Trade, Ports', 'Economy'] })));
    expect(data).toEqual({
      title: 'Karachi Port Expands Container Capacity',
      dateline: '2025-04-15',
      city: 'Karachi',
      author: 'amina-rauf',
      tags: ['Central Asia', 'Trade, Ports', 'Economy'],
      summary: '',
      draft: true,
    });
  });

  it.each([
    ['no tags', [], []],
    ['one tag', ['Climate'], ['Climate']],
    ['a tag with a colon', ['Budget: 2025'], ['Budget: 2025']],
  ])('writes %s as a list', (_label, tags, expected) => {
    expect(parse(renderArticleTemplate(newArticle({ tags }))).data['tags']).toEqual(expected);
  });

  it.each([
    ['a plain city', 'Karachi'],
    ['a city with a colon', 'Dera Ismail Khan: Cantt'],
    ['a city in Urdu', 'لاہور'],
  ])('writes %s that parses back unchanged', (_label, city) => {
    expect(parse(renderArticleTemplate(newArticle({ city }))).data['city']).toBe(city);
  });

  it.each([
    ['no city', { city: undefined }, ['city', 'summary']],
    ['an empty city', { city: '' }, ['city', 'summary']],
    ['a city', {}, ['summary']],
  ])('leaves the blank fields marked TO FILL with %s', (_label, changes, blank) => {
    const text = renderArticleTemplate(newArticle(changes));
    const { data } = parse(text);
    for (const field of blank) {
      expect(data[field]).toBe('');
      expect(text).toMatch(new RegExp(`^${field}: "" # TO FILL`, 'm'));
    }
  });

  it('starts as a draft', () => {
    const text = renderArticleTemplate(newArticle());
    expect(parse(text).data['draft']).toBe(true);
    expect(text).toMatch(/^draft: true\b/m);
  });

  it('comments out the optional fields', () => {
    const text = renderArticleTemplate(newArticle());
    const { data } = parse(text);
    for (const field of ['temperature', 'image', 'imageAlt']) {
      expect(text).toMatch(new RegExp(`^# ${field}:`, 'm'));
      expect(data).not.toHaveProperty(field);
    }
  });

  it('gives a body with a lead placeholder and a Read More reference', () => {
    const { content } = parse(renderArticleTemplate(newArticle()));
    expect(content).toContain('TO FILL: the lead paragraph.');
    expect(content).toContain('**Read More:** [[another-article-slug]]');
  });

  it.each([
    ['without a city', { city: undefined }, [['city'], ['summary']]],
    ['with a city', {}, [['summary']]],
  ])('fails the article schema %s only on the blank fields', (_label, changes, paths) => {
    const result = articleFrontmatterSchema.safeParse(parse(renderArticleTemplate(newArticle(changes))).data);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual(paths);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(paths.map(() => 'must not be blank'));
  });

  it('passes the article schema once city and summary are filled', () => {
    const filled = renderArticleTemplate(newArticle({ city: undefined }))
      .replace(/^city: .*$/m, 'city: Karachi')
      .replace(/^summary: .*$/m, 'summary: "Capacity grows by a fifth."');
    const result = articleFrontmatterSchema.safeParse(parse(filled).data);
    expect(result.error?.issues).toBeUndefined();
    expect(result.data?.draft).toBe(true);
    expect(result.data?.city).toBe('Karachi');
  });
});
