import { escapeUTF8 } from 'entities';

// Characters XML 1.0 forbids: a headline carrying one would make the whole SVG unreadable.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * Text made safe for SVG element content and attributes (either quote): escapes &, <, >, " and
 * ' (entities' XML escaper), and drops the control characters XML cannot carry.
 */
export function escapeSvgText(text: string): string {
  return escapeUTF8(text.replace(NOT_XML, ''));
}
