import type { ContentIssue } from './issues.ts';
import { decodePicturePath, DECORATIVE_TITLE, isBodyPicturePath, isDecorativeTitle } from './markdown/body-pictures.ts';
import { extractBodyLinks, type BodyLink } from './markdown/extract-links.ts';
import { imagePathProblem, type ImageInfo } from './validate.ts';

/**
 * The problems of a picture beside the Markdown file that an article body shows, each naming
 * the body's line: the lead image's rule for the file (inside the content folder, there, a
 * picture the build can encode), and alt text, which may be empty only for a picture the writer
 * marks as decorative. Errors in drafts too: the build processes every article's pictures.
 * Returns nothing for links and for pictures from `public/` or other sites.
 */
export function checkBodyPicture(
  link: BodyLink,
  where: { file: string; line: number; contentDir: string; inspectImage: (path: string) => ImageInfo },
): ContentIssue[] {
  if (link.kind !== 'image' || !isBodyPicturePath(link.url)) return [];
  const issue = (message: string): ContentIssue => ({ file: where.file, line: where.line, field: 'body', message });
  const { picture } = link;
  if (!picture) {
    return [issue(`image "${link.url}" in HTML: write a picture beside the article in Markdown, ![what it shows](${link.url} "Caption")`)];
  }
  const issues: ContentIssue[] = [];
  const problem = imagePathProblem(link.url, decodePicturePath(link.url), where.file, where.contentDir, where.inspectImage);
  if (problem) issues.push(issue(problem));
  const alt = picture.alt.trim();
  if (isDecorativeTitle(picture.title) && alt !== '') {
    issues.push(issue(`image "${link.url}" is titled "${DECORATIVE_TITLE}" but has alt text "${alt}": empty the brackets, or give it a caption instead`));
  } else if (!isDecorativeTitle(picture.title) && alt === '') {
    issues.push(
      issue(
        `image "${link.url}" has no alt text: describe the picture in the brackets, ![what it shows](${link.url}), ` +
          `or title a purely decorative one "${DECORATIVE_TITLE}", ![](${link.url} "${DECORATIVE_TITLE}")`,
      ),
    );
  }
  return issues;
}

/**
 * The rendered pictures that the check's scan of the Markdown did not see (written in a form it
 * does not read), as problems: the loader stops on them before Astro's image step could fail
 * on a file nobody checked.
 */
export function uncheckedBodyPictures(file: string, markdown: string, rendered: readonly { src: string }[]): ContentIssue[] {
  if (rendered.length === 0) return [];
  const checked = new Set(
    extractBodyLinks(markdown)
      .filter((link) => link.kind === 'image' && link.picture && isBodyPicturePath(link.url))
      .map((link) => decodePicturePath(link.url)),
  );
  return rendered
    .filter((picture) => !checked.has(picture.src))
    .map((picture) => ({
      file,
      field: 'body',
      message: `image "${picture.src}" is written in a form the check cannot read: write it as ![what it shows](${picture.src} "Caption")`,
    }));
}
