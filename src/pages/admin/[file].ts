import type { APIRoute, GetStaticPaths } from 'astro';
import { editorBundleFiles, editorBundleVersion, readEditorBundleFile } from '../../admin/editor-bundle.ts';

// Decap CMS's browser bundle, copied from the npm package into admin/ (src/admin/editor-bundle.ts);
// an incremental build copies a file again only when the package's version changes.
export const getStaticPaths: GetStaticPaths = () => {
  const version = editorBundleVersion();
  return editorBundleFiles().map((file) => ({ params: { file }, cacheKey: `decap-cms@${version}/${file}` }));
};

export const GET: APIRoute = ({ params }) => new Response(new Uint8Array(readEditorBundleFile(String(params['file']))));
