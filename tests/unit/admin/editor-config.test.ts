import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import {
  ARTICLE_FIELD_EDITORS,
  ARTICLES_COLLECTION,
  articleEditorFields,
  BODY_FIELD,
  editorConfig,
  editorTopics,
  schemaFieldFacts,
  widgetValueKind,
  type EditorField,
} from '#src/admin/editor-config.ts';
import { articleFrontmatterSchema, TEMPERATURE_RANGE } from '#src/content/schemas/article.ts';

const CHOICES = {
  authors: [
    { id: 'ayesha-khan', name: 'Ayesha Khan' },
    { id: 'john-doe', name: 'John Doe' },
  ],
  topics: ['Diplomacy', 'Trade'],
};
const shape = articleFrontmatterSchema.shape as Record<string, z.ZodType>;
const fields = articleEditorFields(CHOICES);
const byName = new Map(fields.map((field) => [field.name, field]));

function config(overrides: Partial<Parameters<typeof editorConfig>[0]> = {}) {
  return editorConfig({
    contentDir: 'content',
    siteUrl: 'https://news.example',
    base: '/',
    backend: { repository: 'desk/newsroom', branch: 'main', authUrl: undefined, localBackendPort: 8081 },
    choices: CHOICES,
    ...overrides,
  }) as { backend: Record<string, unknown>; collections: Record<string, unknown>[]; [key: string]: unknown };
}

describe('the article form and the article schema', () => {
  it('has one form field for every frontmatter field, and none the schema lacks', () => {
    expect(fields.map((field) => field.name)).toEqual(Object.keys(shape));
    expect(Object.keys(ARTICLE_FIELD_EDITORS).sort()).toEqual(Object.keys(shape).sort());
  });

  it.each(Object.keys(shape))('requires %s exactly when the schema does', (name) => {
    const schemaRequires = !shape[name]!.safeParse(undefined).success;
    expect(byName.get(name)?.required).toBe(schemaRequires);
  });

  it.each(Object.keys(shape))('gives %s a widget that writes the kind of value the schema takes', (name) => {
    const field = byName.get(name)!;
    expect(widgetValueKind(field)).toBe(schemaFieldFacts(shape[name]!).kind);
  });

  it('starts a new article with the schema defaults', () => {
    expect(byName.get('draft')?.default).toBe(false);
    expect(byName.get('tags')?.default).toEqual([]);
    for (const field of fields) {
      if (field.default !== undefined) expect(shape[field.name]!.parse(undefined), field.name).toEqual(field.default);
    }
  });

  it('bounds the temperature as the schema does', () => {
    expect(byName.get('temperature')).toMatchObject({ min: TEMPERATURE_RANGE.min, max: TEMPERATURE_RANGE.max });
    expect(shape['temperature']!.safeParse(TEMPERATURE_RANGE.max).success).toBe(true);
    expect(shape['temperature']!.safeParse(TEMPERATURE_RANGE.max + 0.1).success).toBe(false);
  });

  it('offers the existing authors by name, saving their id, and the existing topics', () => {
    expect(byName.get('author')).toMatchObject({
      widget: 'select',
      multiple: true,
      min: 1,
      options: [
        { label: 'Ayesha Khan', value: 'ayesha-khan' },
        { label: 'John Doe', value: 'john-doe' },
      ],
    });
    expect(byName.get('tags')).toMatchObject({ widget: 'select', multiple: true, options: ['Diplomacy', 'Trade'] });
  });

  it('saves what the schema accepts from a filled form', () => {
    const filled = {
      title: 'Headline',
      dateline: '2026-01-01',
      city: 'Lahore',
      temperature: 31.6,
      author: ['ayesha-khan', 'john-doe'],
      tags: ['Trade'],
      summary: 'One sentence.',
      image: 'photo.jpg',
      imageAlt: 'A harbour at dusk',
      imageCaption: 'The harbour at dusk.',
      imageCredit: 'Sana Iqbal/TDI',
      updated: '2026-01-02',
      draft: false,
      lang: 'ur',
      aliases: ['old-slug'],
      corrections: [{ date: '2026-01-03', text: 'The harbour is in Karachi.' }],
    };
    expect(Object.keys(filled).sort()).toEqual(Object.keys(shape).sort());
    expect(articleFrontmatterSchema.safeParse(filled).success).toBe(true);
  });
});

describe('schemaFieldFacts', () => {
  it.each([
    ['a required string', z.string(), { kind: 'string', required: true, default: undefined }],
    ['an optional number', z.number().optional(), { kind: 'number', required: false, default: undefined }],
    ['a boolean with a default', z.boolean().default(true), { kind: 'boolean', required: false, default: true }],
    ['a list of strings', z.array(z.string()).default([]), { kind: 'string-list', required: false, default: [] }],
    ['one string or a list of them', z.union([z.string(), z.array(z.string())]), { kind: 'string-list', required: true, default: undefined }],
    ['an optional list of objects', z.array(z.object({ a: z.string() })).optional(), { kind: 'object-list', required: false, default: undefined }],
  ] as const)('reads %s', (_name, schema, facts) => {
    expect(schemaFieldFacts(schema)).toEqual(facts);
  });

  it('refuses a kind of value the form cannot edit', () => {
    expect(() => schemaFieldFacts(z.object({ a: z.string() }))).toThrow(/no form field/);
  });
});

describe('widgetValueKind', () => {
  it.each([
    [{ widget: 'string' }, 'string'],
    [{ widget: 'datetime' }, 'string'],
    [{ widget: 'select' }, 'string'],
    [{ widget: 'select', multiple: true }, 'string-list'],
    [{ widget: 'list' }, 'string-list'],
    [{ widget: 'list', fields: [{ name: 'date', widget: 'datetime' }] }, 'object-list'],
    [{ widget: 'number' }, 'number'],
    [{ widget: 'boolean' }, 'boolean'],
  ] as const)('%j writes a %s', (field, kind) => {
    expect(widgetValueKind(field)).toBe(kind);
  });

  it('refuses a widget it does not know', () => {
    expect(() => widgetValueKind({ widget: 'map' })).toThrow(/unknown widget/);
  });
});

describe('editorTopics', () => {
  it('offers each topic page once, in its first spelling, sorted', () => {
    expect(editorTopics([['Trade', 'Diplomacy'], ['trade', 'Central Asia'], []])).toEqual(['Central Asia', 'Diplomacy', 'Trade']);
  });
});

describe('editorConfig', () => {
  it('edits the articles of the content folder, filed by month, with pictures beside each', () => {
    const [articles] = config({ contentDir: '.cache/x/content' }).collections;
    expect(articles).toMatchObject({
      name: ARTICLES_COLLECTION,
      folder: '.cache/x/content/articles',
      path: '{{year}}/{{month}}/{{slug}}',
      format: 'frontmatter',
      extension: 'md',
      media_folder: '',
      public_folder: '',
    });
    expect((articles!['fields'] as EditorField[]).at(-1)).toEqual(BODY_FIELD);
  });

  it('commits to the GitHub repository through the editorial workflow', () => {
    const built = config({ backend: { repository: 'desk/newsroom', branch: 'live', authUrl: 'https://auth.news.example', localBackendPort: 9000 } });
    expect(built['publish_mode']).toBe('editorial_workflow');
    expect(built.backend).toMatchObject({ name: 'github', repo: 'desk/newsroom', branch: 'live', base_url: 'https://auth.news.example' });
    expect(built['local_backend']).toEqual({ url: 'http://127.0.0.1:9000/api/v1' });
  });

  it('links each article to its page under the base path', () => {
    const built = config({ siteUrl: 'https://owner.github.io', base: '/news-site/' });
    expect(built['site_url']).toBe('https://owner.github.io/news-site/');
    expect(built.collections[0]!['preview_path']).toBe('news/{{filename}}/');
  });

  it('makes ASCII slugs from the headline, as npm run new does', () => {
    const built = config();
    expect(built['slug']).toMatchObject({ encoding: 'ascii', clean_accents: true });
    expect(built.collections[0]!['slug']).toBe('{{title}}');
  });
});
