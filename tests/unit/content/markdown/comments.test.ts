import { describe, expect, it } from 'vitest';
import { findUnclosedComment } from '#src/content/markdown/comments.ts';

describe('findUnclosedComment', () => {
  it.each([
    ['a comment that never closes', 'Lead.\n\n<!-- note to the desk\n\nThe rest of the story.', 3],
    ['the second of two comments', '<!-- one -->\n\nText.\n\n   <!-- two\n\nMore.', 5],
    ['an opener after a closed multi-line comment', '<!--\nnote\n-->\n<!-- again', 4],
  ])('gives the line of %s', (_label, markdown, line) => {
    expect(findUnclosedComment(markdown)).toBe(line);
  });

  it.each([
    ['a closed comment', 'Lead.\n\n<!-- note -->\n\nText.'],
    ['a comment closed lines later', '<!-- note\nmore\n-->\nText.'],
    ['the empty comments <!--> and <!--->', '<!-->\n\n<!--->\n\nText.'],
    ['an opener inside fenced code', '```html\n<!-- not a comment\n```\n\nText.'],
    ['an opener inside a paragraph line', 'Write <!-- to open a comment.'],
    ['an opener indented as code', '    <!-- code'],
  ])('is undefined for %s', (_label, markdown) => {
    expect(findUnclosedComment(markdown)).toBeUndefined();
  });
});
