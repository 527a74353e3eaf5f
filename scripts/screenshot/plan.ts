/** A page to photograph: a short name for its files and its path on the site. */
export interface ScreenshotPage {
  name: string;
  path: string;
}

export type ColorScheme = 'light' | 'dark';

/** One PNG to take: which page, at which viewport width, in which colour scheme. */
export interface Shot {
  file: string;
  path: string;
  width: number;
  colorScheme: ColorScheme;
}

/** Phone and desktop: the widths most readers see. */
export const SCREENSHOT_WIDTHS = [375, 1280] as const;

/** `home-375-light.png`: page name, viewport width, colour scheme. */
export function screenshotFileName(name: string, width: number, colorScheme: ColorScheme): string {
  return `${name}-${width}-${colorScheme}.png`;
}

/** A file-name-safe name for a path: `/news/some-slug/` → `news-some-slug`, `/` → `home`. */
export function screenshotNameForPath(path: string): string {
  return (
    path
      .replace(/[^a-z0-9]+/gi, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase() || 'home'
  );
}

/**
 * Every page in the light scheme at every width, then the pages named in `dark` in the dark
 * scheme; grouped by width and scheme so one browser tab can take a group in turn.
 */
export function planScreenshots(
  pages: readonly ScreenshotPage[],
  options: { widths?: readonly number[]; dark?: readonly string[] } = {},
): Shot[] {
  const { widths = SCREENSHOT_WIDTHS, dark = [] } = options;
  const unknown = dark.filter((name) => !pages.some((page) => page.name === name));
  if (unknown.length > 0) throw new Error(`no page named ${unknown.join(', ')} to photograph in the dark scheme`);
  const schemes: [ColorScheme, readonly ScreenshotPage[]][] = [
    ['light', pages],
    ['dark', pages.filter((page) => dark.includes(page.name))],
  ];
  return schemes.flatMap(([colorScheme, chosen]) =>
    widths.flatMap((width) =>
      chosen.map((page) => ({ file: screenshotFileName(page.name, width, colorScheme), path: page.path, width, colorScheme })),
    ),
  );
}
