/**
 * Binding: the editor's scripts in the output's `admin/` folder, where the admin policy covers
 * them all: Decap CMS's browser bundle, read from the installed npm package and written by
 * `src/pages/admin/[file].ts` (the site serves the editor itself, no script from a CDN), and our
 * own page script, `editor-client.ts` compiled into `admin/editor.js`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

/** The bundle's entry script, as the admin page loads it. */
export const EDITOR_SCRIPT = 'decap-cms.js';

/**
 * The entry, the chunks it loads on demand (named `<id>.decap-cms.js`, fetched from beside the
 * entry), the WebAssembly they use and the bundle's licence notices. Source maps and the
 * package's second copy of the same bundle (`cms.js`) stay out.
 */
export function isEditorBundleFile(name: string): boolean {
  return name === EDITOR_SCRIPT || /^\d+\.decap-cms\.js$/.test(name) || /^[0-9a-f]+\.wasm$/.test(name) || name === `${EDITOR_SCRIPT}.LICENSE.txt`;
}

function bundleDir(): string {
  // Resolved from the project root: the built page module does not sit in the source tree.
  const require = createRequire(join(process.cwd(), 'package.json'));
  return join(dirname(require.resolve('decap-cms/package.json')), 'dist');
}

/** The installed Decap CMS version: its files change only with it (the pages' cache key). */
export function editorBundleVersion(): string {
  return (JSON.parse(readFileSync(join(bundleDir(), '..', 'package.json'), 'utf8')) as { version: string }).version;
}

/** The names of the bundle's files, sorted. */
export function editorBundleFiles(): string[] {
  return readdirSync(bundleDir()).filter(isEditorBundleFile).sort();
}

/** One file of the bundle. */
export function readEditorBundleFile(name: string): Buffer {
  if (!isEditorBundleFile(name)) throw new Error(`${name} is not a file of the editor's bundle`);
  return readFileSync(join(bundleDir(), name));
}

/** Our page script's name in `admin/`. */
export const CLIENT_SCRIPT = 'editor.js';

/**
 * `editor-client.ts` and what it imports, as one browser module. Compiled here rather than by
 * Astro, which would put it in `_astro/` (or inline it into the page, which the policy forbids).
 */
export async function compileEditorClient(): Promise<string> {
  const result = await build({
    entryPoints: [join(process.cwd(), 'src/admin/editor-client.ts')],
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    write: false,
    legalComments: 'none',
  });
  return result.outputFiles[0]?.text ?? '';
}
