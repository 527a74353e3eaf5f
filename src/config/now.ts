import { resolveNow } from '../newsroom/publish.ts';

/** The build's "now": `SOURCE_DATE_EPOCH` when set (reproducible builds), else the clock. */
export function buildNow(): Date {
  return resolveNow(process.env['SOURCE_DATE_EPOCH'], new Date());
}
