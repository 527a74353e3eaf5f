/**
 * Code-unit order of two strings, for sorts that must come out the same on every machine:
 * `localeCompare` follows the machine's locale data, this does not.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
