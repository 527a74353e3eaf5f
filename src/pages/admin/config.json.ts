import type { APIRoute } from 'astro';
import { editorSettings } from '../../admin/settings.ts';
import { editorConfig } from '../../admin/editor-config.ts';
import { editorChoices } from '../../admin/choices.ts';

// The editor's configuration, generated from the article schema and the newsroom's authors and topics.
export const GET: APIRoute = async () => {
  const choices = await editorChoices();
  const config = editorConfig({
    ...editorSettings(),
    choices,
  });
  return new Response(`${JSON.stringify(config, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
