import { resolveNow } from '../newsroom/publish.ts';
import { env } from './env.ts';

/** The build's "now": `SOURCE_DATE_EPOCH` when set (reproducible builds), else the clock. */
export function buildNow(): Date {
  return resolveNow(env.sourceDateEpoch, new Date());
}
