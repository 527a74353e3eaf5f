import type { ImageInfo } from '#src/content/validate.ts';

/**
 * Stands in for the check's image inspector: each path in `images` is a picture of the given
 * format and width (a JPEG 1600 px wide when only the path is given); every other path is
 * missing. Records the paths it was asked for.
 */
export function fakeImages(images: Iterable<string> | Record<string, Partial<{ format: string | undefined; width: number | undefined }>>) {
  const known = new Map<string, { format: string | undefined; width: number | undefined }>();
  const entries: [string, Partial<{ format: string | undefined; width: number | undefined }>][] =
    Symbol.iterator in images ? [...(images as Iterable<string>)].map((path) => [path, {}]) : Object.entries(images);
  for (const [path, info] of entries) known.set(path, { format: 'format' in info ? info.format : 'jpg', width: 'width' in info ? info.width : 1600 });
  const asked: string[] = [];
  const inspectImage = (path: string): ImageInfo => {
    asked.push(path);
    const info = known.get(path);
    return info ? { kind: 'file', ...info } : { kind: 'missing' };
  };
  return { inspectImage, asked };
}
