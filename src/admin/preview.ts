/** The preview pane's article: the site's markup and class names, so its stylesheet applies. */
import type { CreateElement, EditorConfig, PreviewProps } from './decap-types.ts';
import { isEmptyValue } from './new-article.ts';
import { joinNames } from '../newsroom/byline.ts';

export function authorNames(fields: EditorConfig['collections'][number]['fields']): Map<string, string> {
  const options = fields.find((field) => field.name === 'author')?.options;
  const list = Array.isArray(options) ? (options as { label: string; value: string }[]) : [];
  return new Map(list.map(({ label, value }) => [value, label]));
}

/** The article as its page shows it: the site's markup and class names, so the site's stylesheet applies. */
export function articlePreview(h: CreateElement, authors: Map<string, string>) {
  return ({ entry, widgetFor, getAsset }: PreviewProps) => {
    const text = (name: string) => {
      const value = entry.getIn(['data', name]);
      return typeof value === 'string' ? value : '';
    };
    const tags = entry.getIn(['data', 'tags']) as { toJS?: () => unknown } | undefined;
    const topics = (tags?.toJS?.() as string[] | undefined) ?? [];
    const image = text('image');
    // One id (an older file) or the form's list of co-authors.
    const named = entry.getIn(['data', 'author']) as string | { toJS?: () => unknown } | undefined;
    const ids = typeof named === 'string' ? [named] : ((named?.toJS?.() as string[] | undefined) ?? []);
    const names = joinNames(ids.map((id) => authors.get(id) ?? id));
    const byline = [names, text('dateline')].filter((part) => !isEmptyValue(part));
    const caption = [text('imageCaption'), text('imageCredit')].filter((part) => part !== '').join(' ');
    return h(
      'main',
      { className: 'page__main' },
      h(
        'article',
        { className: 'story', lang: text('lang') || undefined },
        h(
          'header',
          { className: 'story__header' },
          topics[0] ? h('span', { className: 'story__kicker' }, topics[0]) : null,
          h('h1', { className: 'story__title' }, text('title')),
          h('p', { className: 'story__byline' }, `By ${byline.join(' · ')}`),
        ),
        image
          ? h(
              'figure',
              { className: 'story__image' },
              h('img', { src: getAsset(image)?.toString(), alt: text('imageAlt') }),
              caption ? h('figcaption', { className: 'story__caption' }, caption) : null,
            )
          : null,
        h('div', { className: 'story__body' }, text('city') ? h('strong', null, `${text('city').toUpperCase()} — `) : null, widgetFor('body')),
      ),
    );
  };
}
