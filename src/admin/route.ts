/** Where the browser editor lives in the output, for the rules that treat it apart (policy, sitemap). */

/** The editor's folder at the top of the output, under the base path. */
export const ADMIN_DIR = 'admin';

/** True for the editor's page or any file under it, given a URL or path. */
export function isAdminPath(urlOrPath: string, base: string): boolean {
  const path = urlOrPath.replace(/^[a-z]+:\/\/[^/]+/i, '');
  return path.startsWith(`${base}${ADMIN_DIR}/`);
}
