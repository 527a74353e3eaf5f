/**
 * Bylines of stories written by one, two or more people: "A", "A and B", "A, B and C" (the
 * newsroom's house style, without a comma before "and"). Pure, for the byline's links and the
 * teasers' plain text alike.
 */

/** What goes before the name at `index` of `count` names: nothing, ", " or " and ". */
export function nameSeparator(index: number, count: number): string {
  if (index === 0) return '';
  return index === count - 1 ? ' and ' : ', ';
}

/** The names joined as a byline reads them. */
export function joinNames(names: readonly string[]): string {
  return names.map((name, index) => nameSeparator(index, names.length) + name).join('');
}

/** "4 min read". */
export function readingTimeText(minutes: number): string {
  return `${minutes} min read`;
}
