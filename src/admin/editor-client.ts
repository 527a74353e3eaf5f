/**
 * The editor page's script: loads Decap CMS from the site's own files, registers the site's
 * stylesheet and an article preview, drops empty optional fields before each save, and starts
 * the editor with the generated config and today's dateline in the site's time zone. The page
 * passes every URL in data attributes, so no inline script is needed (the admin policy has none).
 */
import type { CreateElement, DecapCms, EditorConfig, ImmutableMap } from './decap-types.ts';
import { dropEmptyOptional, optionalFieldNames, singleAuthor, withDatelineDefault } from './new-article.ts';
import { articlePreview, authorNames } from './preview.ts';

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: DecapCms;
    h?: CreateElement;
  }
}

const holder = document.querySelector<HTMLElement>('[data-editor]');
if (holder) void start(holder.dataset);

async function start(data: DOMStringMap): Promise<void> {
  const { config: configUrl = '', script = '', previewStyle, timeZone = 'UTC', collection = '' } = data;
  // Decap starts itself when its script runs unless told not to: it must wait for the config.
  window.CMS_MANUAL_INIT = true;
  const [config] = await Promise.all([
    fetch(configUrl).then((response) => response.json() as Promise<EditorConfig>),
    loadScript(script),
  ]);
  const cms = window.CMS;
  const h = window.h;
  if (!cms || !h) throw new Error('Decap CMS did not load');
  if (previewStyle) cms.registerPreviewStyle(previewStyle);
  const articles = config.collections.find((candidate) => candidate.name === collection);
  if (articles) {
    const optional = optionalFieldNames(articles.fields);
    cms.registerEventListener({
      name: 'preSave',
      handler: ({ entry }) => {
        const fields = entry.get('data') as ImmutableMap;
        const kept = dropEmptyOptional(fields.toJS(), optional);
        const saved = fields.filter((_value, key) => key in kept);
        const author = singleAuthor(kept['author']);
        return author === undefined ? saved : saved.set('author', author);
      },
    });
    cms.registerPreviewTemplate(collection, articlePreview(h, authorNames(articles.fields)));
  }
  cms.init({ config: { ...withDatelineDefault(config, new Date(), timeZone), load_config_file: false } });
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const element = document.createElement('script');
    element.src = src;
    element.addEventListener('load', () => resolve(), { once: true });
    element.addEventListener('error', () => reject(new Error(`could not load ${src}`)), { once: true });
    document.head.append(element);
  });
}

