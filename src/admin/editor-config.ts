/**
 * The browser editor's configuration (Decap CMS), generated from the article schema that the
 * content check uses, so the form and the check cannot drift: every frontmatter field of
 * `articleFrontmatterSchema` has exactly one form field, required exactly when the schema
 * requires it, and a schema field without an entry in `ARTICLE_FIELD_EDITORS` stops the build.
 * Pure: the authors, topics and settings come in as values.
 */
import { z } from 'astro/zod';
import { articleFrontmatterSchema, TEMPERATURE_RANGE } from '../content/schemas/article.ts';
import { topicSlug } from '../newsroom/topics.ts';
import { compareText } from '../build/order.ts';

/** A form field as Decap CMS reads it (`name`, `label`, `widget` and the widget's options). */
export interface EditorField {
  name: string;
  label: string;
  widget: string;
  required: boolean;
  hint?: string;
  default?: unknown;
  [option: string]: unknown;
}

/** What the form offers that only the content folder knows. */
export interface EditorChoices {
  /** Existing authors, by id and printed name. */
  authors: readonly { id: string; name: string }[];
  /** Existing topic names, as writers type them. */
  topics: readonly string[];
}

/**
 * The topics to offer: one name per topic page (the first spelling met, as topic pages name
 * them), sorted by name.
 */
export function editorTopics(tagLists: Iterable<readonly string[]>): string[] {
  const bySlug = new Map<string, string>();
  for (const tags of tagLists) for (const tag of tags) if (!bySlug.has(topicSlug(tag))) bySlug.set(topicSlug(tag), tag);
  return [...bySlug.values()].sort(compareText);
}

/** The kind of value a schema field holds, as the form must produce it. */
export type ValueKind = 'string' | 'number' | 'boolean' | 'string-list' | 'object-list';

/** A Decap widget and its options. */
interface WidgetOptions {
  widget: string;
  [option: string]: unknown;
}

/** How one frontmatter field is edited: label, widget and options beyond what the schema says. */
interface FieldEditor {
  label: string;
  hint?: string;
  /** The widget and its options; `choices` are the newsroom's authors and topics. */
  widget: (choices: EditorChoices) => WidgetOptions;
}

type ArticleField = keyof typeof articleFrontmatterSchema.shape;

/** Date widget options: a calendar day, as the schema's `YYYY-MM-DD` form. */
const DATE_WIDGET = { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true };

/**
 * One editor per frontmatter field. The record's type names every key of the schema, so a new
 * schema field does not compile until it gets a form field here; `articleEditorFields` also
 * checks it at run time, for the build.
 */
export const ARTICLE_FIELD_EDITORS: Record<ArticleField, FieldEditor> = {
  title: { label: 'Headline', widget: () => ({ widget: 'string' }) },
  dateline: {
    label: 'Dateline',
    hint: "The day of publication in the site's time zone; a later day schedules the article.",
    widget: () => ({ ...DATE_WIDGET }),
  },
  city: { label: 'City', hint: 'The city the story is filed from.', widget: () => ({ widget: 'string' }) },
  temperature: {
    label: 'Temperature (°C)',
    hint: 'At the dateline city; leave empty to show none.',
    widget: () => ({
      widget: 'number',
      value_type: 'float',
      min: TEMPERATURE_RANGE.min,
      max: TEMPERATURE_RANGE.max,
      step: 0.1,
    }),
  },
  author: {
    label: 'Authors',
    hint: 'One author, or the co-authors of a story written together, in byline order.',
    widget: ({ authors }) => ({
      widget: 'select',
      multiple: true,
      min: 1,
      options: authors.map(({ id, name }) => ({ label: name, value: id })),
    }),
  },
  tags: {
    label: 'Topics',
    hint: 'Each topic gets a page. A new topic is added by an editor in the repository.',
    widget: ({ topics }) => ({ widget: 'select', multiple: true, options: [...topics] }),
  },
  summary: {
    label: 'Summary',
    hint: 'One or two sentences for lists, feeds and search (at most 160 characters); empty uses the first paragraph.',
    widget: () => ({ widget: 'text' }),
  },
  image: {
    label: 'Lead image',
    hint: 'At least 1200 px wide; saved beside the article.',
    widget: () => ({ widget: 'image', choose_url: false }),
  },
  imageAlt: {
    label: 'Lead image text alternative',
    hint: 'Required with a lead image: what the picture shows, for readers who cannot see it.',
    widget: () => ({ widget: 'string' }),
  },
  imageCaption: {
    label: 'Lead image caption',
    hint: 'What the picture shows, printed under it; only with a lead image.',
    widget: () => ({ widget: 'string' }),
  },
  imageCredit: {
    label: 'Lead image credit',
    hint: 'Who made the picture, like "Sana Iqbal/TDI", printed after the caption. Only with a lead image.',
    widget: () => ({ widget: 'string' }),
  },
  updated: {
    label: 'Updated',
    hint: 'The day of the last substantial update; leave empty if none.',
    widget: () => ({ ...DATE_WIDGET }),
  },
  draft: {
    label: 'Draft',
    hint: 'A draft is published nowhere, even once merged.',
    widget: () => ({ widget: 'boolean' }),
  },
  lang: {
    label: 'Language',
    hint: 'A language tag such as "ur" for Urdu (right to left); empty means English.',
    widget: () => ({ widget: 'string' }),
  },
  aliases: {
    label: 'Old slugs',
    hint: 'Slugs this article had before it was renamed: their URLs redirect here.',
    widget: () => ({ widget: 'list', allow_add: true }),
  },
  corrections: {
    label: 'Corrections',
    hint: 'Each fact corrected after publication: the day and what was wrong. Shown at the end of the article.',
    widget: () => ({
      widget: 'list',
      allow_add: true,
      fields: [
        { name: 'date', label: 'Day of the correction', required: true, ...DATE_WIDGET },
        { name: 'text', label: 'What was corrected', required: true, widget: 'text' },
      ],
    }),
  },
};

/** A schema field's value kind, whether the schema requires it, and its default. */
export interface SchemaFieldFacts {
  kind: ValueKind;
  required: boolean;
  default: unknown;
}

/** Reads what the form needs to know of one zod field: its value kind, required-ness, default. */
export function schemaFieldFacts(field: z.ZodType): SchemaFieldFacts {
  let inner: z.ZodType = field;
  let required = true;
  let defaultValue: unknown;
  for (;;) {
    if (inner instanceof z.ZodOptional) {
      required = false;
      inner = inner.unwrap() as z.ZodType;
    } else if (inner instanceof z.ZodDefault) {
      required = false;
      defaultValue = inner.def.defaultValue;
      inner = inner.unwrap() as z.ZodType;
    } else break;
  }
  return { kind: valueKind(inner), required, default: defaultValue };
}

function valueKind(field: z.ZodType): ValueKind {
  // One value or a list of them (the co-authors): the form always writes the list, which the
  // schema takes too.
  if (field instanceof z.ZodUnion) {
    const kinds = new Set((field.options as z.ZodType[]).map(valueKind));
    if (kinds.size === 2 && kinds.has('string') && kinds.has('string-list')) return 'string-list';
  }
  if (field instanceof z.ZodString) return 'string';
  if (field instanceof z.ZodNumber) return 'number';
  if (field instanceof z.ZodBoolean) return 'boolean';
  if (field instanceof z.ZodArray && field.element instanceof z.ZodString) return 'string-list';
  if (field instanceof z.ZodArray && field.element instanceof z.ZodObject) return 'object-list';
  throw new Error(`the editor has no form field for a ${field.constructor.name} in the article schema`);
}

/** The kind of value a widget writes into the frontmatter. */
export function widgetValueKind(field: Pick<EditorField, 'widget'> & { multiple?: unknown; fields?: unknown }): ValueKind {
  switch (field.widget) {
    case 'string':
    case 'text':
    case 'datetime':
    case 'image':
      return 'string';
    case 'select':
      return field.multiple === true ? 'string-list' : 'string';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'list':
      // A list with `fields` holds objects (the corrections); one without, strings.
      return Array.isArray(field.fields) ? 'object-list' : 'string-list';
    default:
      throw new Error(`unknown widget "${field.widget}"`);
  }
}

/**
 * The article form's fields, in the schema's order, each required exactly when the schema
 * requires it and with the schema's default. Throws when a schema field has no editor, or an
 * editor's widget would write another kind of value than the schema takes.
 */
export function articleEditorFields(choices: EditorChoices): EditorField[] {
  const shape = articleFrontmatterSchema.shape as Record<string, z.ZodType>;
  const editors = ARTICLE_FIELD_EDITORS as Record<string, FieldEditor | undefined>;
  return Object.entries(shape).map(([name, schemaField]) => {
    const editor = editors[name];
    if (!editor) throw new Error(`the article schema's field "${name}" has no form field in src/admin/editor-config.ts`);
    const facts = schemaFieldFacts(schemaField);
    const field: EditorField = {
      ...editor.widget(choices),
      name,
      label: editor.label,
      required: facts.required,
      ...(editor.hint ? { hint: editor.hint } : {}),
    };
    if (facts.default !== undefined) field.default = facts.default;
    if (widgetValueKind(field) !== facts.kind) {
      throw new Error(`the form field "${name}" writes a ${widgetValueKind(field)}, but the schema takes a ${facts.kind}`);
    }
    return field;
  });
}

/** The Markdown body, which is not frontmatter. */
export const BODY_FIELD: EditorField = { name: 'body', label: 'Body', widget: 'markdown', required: true };

/** Where the editor commits: a GitHub repository, and where to sign in. */
export interface EditorBackend {
  /** `owner/name`; undefined where the build does not know it (a local build). */
  repository: string | undefined;
  branch: string;
  /** Origin of the OAuth proxy that exchanges GitHub's code for a token; undefined for Netlify's. */
  authUrl: string | undefined;
  /** Port of the local backend (`decap-server`) the editor uses when opened on this machine. */
  localBackendPort: number;
}

export interface EditorConfigInput {
  /** The content folder, relative to the repository root, with forward slashes. */
  contentDir: string;
  /** The site's origin and base path, for "view live" links. */
  siteUrl: string;
  base: string;
  backend: EditorBackend;
  choices: EditorChoices;
}

/** Placeholder repository of a build that does not know its own (the editor then says so on sign-in). */
export const UNKNOWN_REPOSITORY = 'owner/repository';

/** The collection's name: the client script registers its preview template under it. */
export const ARTICLES_COLLECTION = 'articles';

/**
 * The whole Decap CMS configuration: one `articles` collection over the content folder, filed
 * by year and month like `npm run new`'s files, with pictures beside each article, committed
 * through the editorial workflow (draft → in review → ready, each a branch and pull request).
 */
export function editorConfig(input: EditorConfigInput): Record<string, unknown> {
  const { backend } = input;
  const articles = `${input.contentDir.replace(/\/+$/, '')}/articles`;
  return {
    backend: {
      name: 'github',
      repo: backend.repository ?? UNKNOWN_REPOSITORY,
      branch: backend.branch,
      ...(backend.authUrl ? { base_url: backend.authUrl } : {}),
      // Pull requests carry the article's headline, so the desk sees what each one is.
      commit_messages: {
        create: 'Create {{collection}} “{{slug}}”',
        update: 'Update {{collection}} “{{slug}}”',
        delete: 'Delete {{collection}} “{{slug}}”',
        uploadMedia: 'Upload “{{path}}”',
        deleteMedia: 'Delete “{{path}}”',
      },
    },
    // Used only when the editor is opened on this machine (localhost), with `decap-server`
    // writing to the working copy; ignored on the published site.
    local_backend: { url: `http://127.0.0.1:${backend.localBackendPort}/api/v1` },
    publish_mode: 'editorial_workflow',
    site_url: `${input.siteUrl}${input.base}`,
    display_url: `${input.siteUrl}${input.base}`,
    // Decap needs a site-wide media folder; the articles collection overrides it with its own
    // folder, so pictures always land beside the article (the check requires them there).
    media_folder: articles,
    public_folder: '',
    // ASCII slugs, as `npm run new` makes (src/content/scaffold.ts). Decap numbers a slug already
    // taken in the same folder `-1`, `-2`; the content check refuses a slug taken in another folder.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      {
        name: ARTICLES_COLLECTION,
        label: 'Articles',
        label_singular: 'Article',
        folder: articles,
        // Folders only file articles; the slug is the file name, unique across all folders.
        path: '{{year}}/{{month}}/{{slug}}',
        extension: 'md',
        format: 'frontmatter',
        create: true,
        slug: '{{title}}',
        identifier_field: 'title',
        summary: '{{title}} ({{dateline}})',
        sortable_fields: ['dateline', 'title', 'author'],
        media_folder: '',
        public_folder: '',
        // Relative to site_url, which holds the base path.
        preview_path: 'news/{{filename}}/',
        fields: [...articleEditorFields(input.choices), BODY_FIELD],
      },
    ],
  };
}
