import type { Random } from './random.ts';
import {
  ADJECTIVES,
  ATTRIBUTIONS,
  CONNECTORS,
  CONSEQUENCES,
  FIRST_NAMES,
  HEADINGS,
  HEADLINE_SUBJECTS,
  LAST_NAMES,
  OBJECTS,
  PROPER_TOPICS,
  ROLES,
  SUBJECTS,
  TIME_PHRASES,
  TRENDS_PAST,
  VERBS_PAST,
  VERBS_PRESENT,
} from './vocabulary.ts';

/** An article a body may link to. */
export interface LinkTarget {
  slug: string;
  title: string;
}

/** What a body is about and how long it is. */
export interface BodyInput {
  /** Topic names, at least one. */
  topics: readonly string[];
  city: string;
  /** Articles to link to, in order; a short body may not use them all. */
  links: readonly LinkTarget[];
  /** Target length; the body ends up to one sentence or block (≤ 40 words) longer. */
  words: number;
}

/**
 * Words a reader sees in Markdown: whitespace-separated tokens with a letter or digit, counting
 * link text but not link targets (`[Two words](/news/x/)` is two words). Markup such as `##`,
 * `-` and `>` is not a word.
 */
export function countWords(markdown: string): number {
  let count = 0;
  let counted = false;
  for (let i = 0; i < markdown.length; i++) {
    const code = markdown.charCodeAt(i);
    if (code === 0x5d && markdown.charCodeAt(i + 1) === 0x28) {
      const close = markdown.indexOf(')', i + 2);
      if (close >= 0) {
        i = close;
        counted = false;
        continue;
      }
    }
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) counted = false;
    else if (!counted && isWordCharacter(code, markdown, i)) {
      count++;
      counted = true;
    }
  }
  return count;
}

function isWordCharacter(code: number, text: string, index: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  return /[\p{L}\p{N}]/u.test(String.fromCodePoint(text.codePointAt(index) ?? code));
}

/** A headline in title case about the first topic, e.g. "In Lahore, Officials Approve Revised Plan on Wheat". */
export function makeHeadline(random: Random, topic: string, otherTopic: string, city: string): string {
  const subject = random.pick(HEADLINE_SUBJECTS);
  const verb = random.pick(VERBS_PRESENT);
  const adjective = titleCase(random.pick(ADJECTIVES));
  const object = titleCase(random.pick(OBJECTS));
  switch (random.int(0, 4)) {
    case 0:
      return `${city} ${subject} ${verb} ${adjective} ${topic} ${object}`;
    case 1:
      return `${subject} ${verb} ${topic} ${object} Amid Concerns over ${otherTopic}`;
    case 2:
      return `In ${city}, ${subject} ${verb} ${adjective} ${object} on ${topic}`;
    case 3:
      return `${topic}: ${subject} ${verb} ${adjective} ${object} for ${city}`;
    default:
      return `${subject} in ${city} ${verb} ${topic} ${object} as ${otherTopic} Pressures Mount`;
  }
}

/** A one-sentence summary. */
export function makeSummary(random: Random, topic: string, city: string): string {
  const adjective = random.pick(ADJECTIVES);
  return capitalize(
    `${random.pick(SUBJECTS)} ${random.pick(VERBS_PAST)} ${indefinite(adjective)} ${adjective} ` +
      `${random.pick(OBJECTS)} ${random.pick(CONNECTORS)} ${inSentence(topic)} in ${city}, ${random.pick(ATTRIBUTIONS)}.`,
  );
}

/** A two-sentence author bio. */
export function makeBio(random: Random, name: string, beat: string, topics: readonly string[], city: string): string {
  const first = name.split(' ')[0] ?? name;
  return (
    `${name} reports on ${beat.toLowerCase()} for The Daily Insight from ${city}, with a focus on ` +
    `${inSentence(random.pick(topics))} and ${inSentence(random.pick(topics))}. Before joining the paper, ${first} ` +
    `spent ${random.int(2, 15)} years covering ${inSentence(random.pick(topics))} for regional outlets.`
  );
}

/**
 * A Markdown article body of about `input.words` words: a lead paragraph, a "Read More" link,
 * `##` headings, paragraphs with inline links, a bulleted list and blockquotes.
 */
export function makeBody(random: Random, input: BodyInput): string {
  const blocks: string[] = [];
  let words = 0;
  const push = (block: string, blockWords = countWords(block)) => {
    blocks.push(block);
    words += blockWords;
  };
  const links = [...input.links];
  push(...paragraph(random, input, random.int(30, 60)));
  const readMore = links.shift();
  if (readMore) push(`**Read More:** ${markdownLink(readMore)}`);
  // Every article gets each kind of block once early on; then a random mix fills the length.
  const plan = ['paragraph', 'quote', 'heading', 'paragraph', 'list', 'paragraph', 'heading', 'paragraph'];
  const mix = ['paragraph', 'paragraph', 'paragraph', 'heading', 'quote', 'list'];
  for (let step = 0; words < input.words; step++) {
    const remaining = input.words - words;
    const kind = remaining < 60 ? 'paragraph' : (plan[step] ?? random.pick(mix));
    if (kind === 'heading') push(`## ${heading(random, input)}`);
    else if (kind === 'quote') push(`> ${quote(random, input)}`);
    else if (kind === 'list') push(list(random, input));
    else {
      const link = links.length > 0 && random.chance(0.5) ? links.shift() : undefined;
      push(...paragraph(random, input, Math.min(remaining, random.int(40, 90)), link));
    }
  }
  return blocks.join('\n\n');
}

/** A paragraph of at least `minWords` words, and its word count. */
function paragraph(random: Random, input: BodyInput, minWords: number, link?: LinkTarget): [string, number] {
  const sentences: string[] = [];
  let words = 0;
  // The link goes first or second; first in short paragraphs, so it never adds a sentence.
  const linkAt = link === undefined ? -1 : minWords >= 40 ? random.int(0, 1) : 0;
  while (words < minWords || sentences.length <= linkAt) {
    const text =
      link && sentences.length === linkAt
        ? `${random.pick(['For background, see', 'The move follows', 'It comes after'])} ${markdownLink(link)}.`
        : sentence(random, input);
    sentences.push(text);
    words += countWords(text);
  }
  return [sentences.join(' '), words];
}

function sentence(random: Random, input: BodyInput): string {
  const topic = inSentence(random.pick(input.topics));
  const subject = random.pick(SUBJECTS);
  const adjective = random.pick(ADJECTIVES);
  const object = random.pick(OBJECTS);
  switch (random.int(0, 6)) {
    case 0:
      return capitalize(
        `${subject} ${random.pick(VERBS_PAST)} ${indefinite(adjective)} ${adjective} ${object} ` +
          `${random.pick(CONNECTORS)} ${topic} ${random.pick(TIME_PHRASES)}, ${random.pick(ATTRIBUTIONS)}.`,
      );
    case 1:
      return random
        .pick(CONSEQUENCES)
        .replace('{object}', object)
        .replace('{subject}', subject)
        .replace('{adjective}', adjective)
        .replace('{topic}', topic)
        .replace('{city}', input.city);
    case 2:
      return capitalize(
        `${subject} in ${input.city} ${random.pick(VERBS_PAST)} the ${object} ${random.pick(TIME_PHRASES)}.`,
      );
    case 3:
      return (
        `The ${object} ${random.pick(CONNECTORS)} ${topic} is expected to cost about ${random.int(2, 90)} billion ` +
        `rupees over ${random.int(2, 6)} years, ${random.pick(ATTRIBUTIONS)}.`
      );
    case 4:
      return (
        `Figures released ${random.pick(TIME_PHRASES.slice(0, 9))} showed that ${topic} ${random.pick(TRENDS_PAST)} ` +
        `by ${random.int(1, 19)}.${random.int(0, 9)} percent compared with a year earlier.`
      );
    case 5:
      return `${personName(random)}, ${random.pick(ROLES)}, said the ${object} would matter most for people outside ${input.city}.`;
    default:
      return (
        `Talks on ${topic} are set to continue ${random.pick(['next week', 'next month', 'before the end of the year'])}, ` +
        `with ${subject} expected to present ${indefinite(adjective)} ${adjective} ${object}.`
      );
  }
}

function heading(random: Random, input: BodyInput): string {
  return random
    .pick(HEADINGS)
    .replace('{Subject}', titleCase(random.pick(SUBJECTS)))
    .replace('{Topic}', random.pick(input.topics))
    .replace('{City}', input.city);
}

function quote(random: Random, input: BodyInput): string {
  const said = sentence(random, input).replace(/\.$/, '');
  return `"${said}," said ${personName(random)}, ${random.pick(ROLES)}.`;
}

function list(random: Random, input: BodyInput): string {
  const items = Array.from({ length: random.int(3, 5) }, () => {
    const adjective = random.pick(ADJECTIVES);
    return `- ${capitalize(`${indefinite(adjective)} ${adjective} ${random.pick(OBJECTS)} ${random.pick(CONNECTORS)} ${inSentence(random.pick(input.topics))}`)}`;
  });
  return `The main points of the ${random.pick(OBJECTS)}:\n\n${items.join('\n')}`;
}

function markdownLink(target: LinkTarget): string {
  return `[${target.title}](/news/${target.slug}/)`;
}

function personName(random: Random): string {
  return `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
}

function inSentence(topic: string): string {
  return PROPER_TOPICS.has(topic) ? topic : topic.toLowerCase();
}

function indefinite(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function titleCase(text: string): string {
  return text.replace(/(^|[\s-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}
