import type { Link, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import {
  ARTICLE_REFERENCE,
  escapeMarkdown,
  expandArticleReferences,
  findArticleReferences,
  maskCode,
} from '#src/content/markdown/article-references.ts';

/** What maskCode should turn text into: every character but newlines a space. */
function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}

const FENCE = '```';
const TILDES = '~~~';

const ARTICLES = new Map([
  ['karachi-port', 'Karachi Port Expands'],
  ['budget-2025', 'Budget 2025'],
]);

function lookup(slug: string): { title: string; href: string } | undefined {
  const title = ARTICLES.get(slug);
  return title === undefined ? undefined : { title, href: `/news/${slug}/` };
}

/** Every link in a Markdown document, parsed as the site does (CommonMark and GFM). */
function linksIn(markdown: string): Link[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  const links: Link[] = [];
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'link') links.push(node);
      if ('children' in node) walk(node.children as RootContent[]);
    }
  };
  walk(tree.children);
  return links;
}

describe('ARTICLE_REFERENCE', () => {
  it.each([
    ['a one-word slug', '[[floods]]', ['floods']],
    ['a hyphenated slug with digits', '[[budget-2025-vote]]', ['budget-2025-vote']],
    ['two references on a line', '[[a]] and [[b-c]]', ['a', 'b-c']],
    ['an upper-case slug', '[[Karachi-Port]]', []],
    ['a slug with a space', '[[karachi port]]', []],
    ['a slug with a trailing hyphen', '[[karachi-]]', []],
    ['a slug with a double hyphen', '[[karachi--port]]', []],
    ['single brackets', '[karachi-port]', []],
    ['an empty reference', '[[]]', []],
  ])('matches %s as expected', (_label, text, slugs) => {
    expect([...text.matchAll(ARTICLE_REFERENCE)].map((match) => match[1])).toEqual(slugs);
  });
});

describe('findArticleReferences', () => {
  it.each([
    ['no references', 'Plain text with [a link](/news/x/).', []],
    ['references in order of first appearance', '[[b]] then [[a]] then [[c]]', ['b', 'a', 'c']],
    ['a repeated reference once', '[[a]] and [[b]] and [[a]] again', ['a', 'b']],
    ['references on several lines', 'Intro.\n\n**Read More:** [[a]]\n\n**Read More:** [[b]]', ['a', 'b']],
    ['not a reference inside a code span', 'Write `[[a]]` to link; see [[b]]', ['b']],
    ['not a reference inside a one-line fenced block', `${FENCE}\n[[a]]\n${FENCE}\n[[b]]`, ['b']],
    ['not a reference inside a one-line tilde block', `${TILDES}\n[[a]]\n${TILDES}\n[[b]]`, ['b']],
    ['not a reference inside a fenced block of several lines', `${FENCE}md\nExample:\n[[a]]\n${FENCE}\n[[b]]`, ['b']],
  ])('finds %s', (_label, markdown, slugs) => {
    expect(findArticleReferences(markdown)).toEqual(slugs);
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['\\'],
    ['`'],
    ['*'],
    ['_'],
    ['{'],
    ['}'],
    ['['],
    [']'],
    ['('],
    [')'],
    ['#'],
    ['+'],
    ['-'],
    ['.'],
    ['!'],
    ['|'],
    ['<'],
    ['>'],
    ['&'],
    ['~'],
  ])('puts a backslash before %j', (character) => {
    expect(escapeMarkdown(`a${character}b`)).toBe(`a\\${character}b`);
  });

  it.each([
    ['letters, digits and spaces', 'Karachi Port 2025'],
    ['quotes, colons and commas', `"Enough," she said: 'no'`],
    ['question marks, percent, at-sign and dollar', 'Up 5%? Ask @desk $10'],
    ['non-Latin letters', 'کراچی بندرگاہ'],
    ['an empty string', ''],
  ])('leaves %s alone', (_label, text) => {
    expect(escapeMarkdown(text)).toBe(text);
  });

  it('escapes every occurrence, not only the first', () => {
    expect(escapeMarkdown('**bold** [x]')).toBe('\\*\\*bold\\*\\* \\[x\\]');
  });
});

describe('expandArticleReferences', () => {
  it.each([
    ['a reference', '**Read More:** [[karachi-port]]', '**Read More:** [Karachi Port Expands](/news/karachi-port/)'],
    [
      'two references on a line',
      '[[karachi-port]] and [[budget-2025]].',
      '[Karachi Port Expands](/news/karachi-port/) and [Budget 2025](/news/budget-2025/).',
    ],
    [
      'a repeated reference',
      '[[budget-2025]]\n\n[[budget-2025]]',
      '[Budget 2025](/news/budget-2025/)\n\n[Budget 2025](/news/budget-2025/)',
    ],
    ['an unknown slug, left as written', 'See [[no-such-story]].', 'See [[no-such-story]].'],
    [
      'a known slug beside an unknown one',
      '[[no-such-story]] [[karachi-port]] [[also-missing]]',
      '[[no-such-story]] [Karachi Port Expands](/news/karachi-port/) [[also-missing]]',
    ],
    ['text without references', 'Nothing to expand here.\n', 'Nothing to expand here.\n'],
    ['a reference inside a code span, untouched', 'Type `[[karachi-port]]`.', 'Type `[[karachi-port]]`.'],
    [
      'a reference inside a one-line fenced block, untouched',
      `${FENCE}\n[[karachi-port]]\n${FENCE}\n`,
      `${FENCE}\n[[karachi-port]]\n${FENCE}\n`,
    ],
    [
      'a reference inside a fenced block of several lines, untouched',
      `${FENCE}\nExample:\n[[karachi-port]]\n${FENCE}\n`,
      `${FENCE}\nExample:\n[[karachi-port]]\n${FENCE}\n`,
    ],
    [
      'a reference after a one-line fenced block',
      `${FENCE}\ncode\n${FENCE}\n[[karachi-port]]`,
      `${FENCE}\ncode\n${FENCE}\n[Karachi Port Expands](/news/karachi-port/)`,
    ],
  ])('expands %s', (_label, markdown, expected) => {
    expect(expandArticleReferences(markdown, lookup)).toBe(expected);
  });

  it('asks the lookup about each reference outside code, in order', () => {
    const asked: string[] = [];
    expandArticleReferences('[[b]] `[[code]]` [[a]] [[b]]', (slug) => {
      asked.push(slug);
      return undefined;
    });
    expect(asked).toEqual(['b', 'a', 'b']);
  });

  it('escapes the headline exactly', () => {
    const result = expandArticleReferences('[[odd]]', () => ({ title: '*Live* [Update]: _Floods_', href: '/news/odd/' }));
    expect(result).toBe('[\\*Live\\* \\[Update\\]: \\_Floods\\_](/news/odd/)');
  });

  it.each([
    ['emphasis markers', 'Stars *and* _underscores_ __strong__'],
    ['brackets', '[Update] Floods [Live]'],
    ['brackets that look like a link', '[Read](/news/other/) this'],
    ['parentheses, hash, percent and bang', 'Prices (up) 5% #1!'],
    ['HTML', '<b>Bold</b> <script>x</script>'],
    ['an ampersand and entities', 'AT&T &amp; &copy; &#42;'],
    ['a backslash and backticks', 'Back\\slash `code` ``two``'],
    ['strikethrough and pipes', '~~Struck~~ ~one~ | pipe |'],
    ['plus and minus', '+ plus - minus'],
    ['a reference-like headline', '[[karachi-port]]'],
    ['braces and quotes', `{braces} "double" 'single'`],
  ])('renders a headline with %s as literal link text', (_label, title) => {
    const markdown = expandArticleReferences('See [[odd]] today.', () => ({ title, href: '/news/odd/' }));
    const links = linksIn(markdown);
    expect(links).toHaveLength(1);
    expect(links[0]?.url).toBe('/news/odd/');
    expect(links[0]?.children).toEqual([expect.objectContaining({ type: 'text', value: title })]);
  });
});

describe('maskCode', () => {
  it.each([
    ['plain text', 'Karachi [port](/news/x/) and [[y]].\nSecond line.', 'Karachi [port](/news/x/) and [[y]].\nSecond line.'],
    ['an inline code span', 'Use `[a](/x)` here', `Use ${blank('`[a](/x)`')} here`],
    ['two code spans on a line', 'a `one` b `two` c', `a ${blank('`one`')} b ${blank('`two`')} c`],
    ['a double-backtick span holding a backtick', 'x ``a ` b`` y', `x ${blank('``a ` b``')} y`],
    ['a one-character code span', 'x `y` z', `x ${blank('`y`')} z`],
    ['a code span across a line break', 'a `one\ntwo` b', `a ${blank('`one\ntwo`')} b`],
    [
      'a one-line backtick fence',
      `before\n${FENCE}\n[a](/x)\n${FENCE}\nafter`,
      `before\n${blank(`${FENCE}\n[a](/x)\n${FENCE}`)}\nafter`,
    ],
    [
      'a one-line tilde fence',
      `before\n${TILDES}\n[a](/x)\n${TILDES}\nafter`,
      `before\n${blank(`${TILDES}\n[a](/x)\n${TILDES}`)}\nafter`,
    ],
    [
      'a fence with an info string',
      `${FENCE}js\nconst a = '[b](/c)';\n${FENCE}\nafter`,
      `${blank(`${FENCE}js\nconst a = '[b](/c)';\n${FENCE}`)}\nafter`,
    ],
    [
      'a fence indented by three spaces',
      `x\n   ${FENCE}\n[a](/x)\n   ${FENCE}\ny`,
      `x\n${blank(`   ${FENCE}\n[a](/x)\n   ${FENCE}`)}\ny`,
    ],
    [
      'a backtick fence of several lines',
      `before\n${FENCE}\n[a](/x)\n[b](/y)\n[[c]]\n${FENCE}\nafter [d](/z)`,
      `before\n${blank(`${FENCE}\n[a](/x)\n[b](/y)\n[[c]]\n${FENCE}`)}\nafter [d](/z)`,
    ],
    [
      'a tilde fence of several lines',
      `before\n${TILDES}\none\n[b](/y)\n${TILDES}\nafter`,
      `before\n${blank(`${TILDES}\none\n[b](/y)\n${TILDES}`)}\nafter`,
    ],
    [
      'a four-backtick fence holding a three-backtick line',
      `${FENCE}\`\n${FENCE}\n${FENCE}\`\nafter`,
      `${blank(`${FENCE}\`\n${FENCE}\n${FENCE}\``)}\nafter`,
    ],
    ['an unclosed fence, to the end of the text', `before\n${FENCE}\none\ntwo [a](/x)`, `before\n${blank(`${FENCE}\none\ntwo [a](/x)`)}`],
  ])('blanks %s and nothing else', (_label, markdown, expected) => {
    const masked = maskCode(markdown);
    expect(masked).toBe(expected);
  });

  it.each([
    ['inline code', 'a `b` c\n`d`'],
    ['a fenced block', `x\n${FENCE}\ny\nz\n${FENCE}\nw`],
    ['a tilde block', `x\n${TILDES}\ny\n${TILDES}\n`],
    ['no code at all', 'just text\n\nand more'],
  ])('keeps the length and every newline of text with %s', (_label, markdown) => {
    const masked = maskCode(markdown);
    expect(masked).toHaveLength(markdown.length);
    expect([...masked].flatMap((character, index) => (character === '\n' ? [index] : []))).toEqual(
      [...markdown].flatMap((character, index) => (character === '\n' ? [index] : [])),
    );
  });
});
