import type { APIRoute } from 'astro';
import { compileEditorClient } from '../../admin/editor-bundle.ts';

// The editor page's own script (src/admin/editor-client.ts), compiled into admin/.
export const GET: APIRoute = async () =>
  new Response(await compileEditorClient(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
