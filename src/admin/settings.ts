/** Binding: the editor's settings from the site's settings and the environment (src/config/env.ts). */
import type { EditorConfigInput } from './editor-config.ts';
import { toProjectPath } from '../content/read-files.ts';
import { env } from '../config/env.ts';
import { site } from '../config/site.ts';

export function editorSettings(): Omit<EditorConfigInput, 'choices'> {
  return {
    contentDir: toProjectPath(site.contentDir),
    siteUrl: site.url,
    base: site.base,
    backend: {
      repository: env.editorRepository,
      branch: env.editorBranch,
      authUrl: env.editorAuthUrl,
      localBackendPort: env.editorLocalBackendPort,
    },
  };
}
