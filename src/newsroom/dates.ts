/** A publication date as the newsroom wrote it and as an instant. */
export interface Dateline {
  /** The moment of publication; for a date-only value, midnight of that day in the site zone. */
  instant: Date;
  /** True when the writer gave a calendar day (`2025-04-15`) rather than a time. */
  dateOnly: boolean;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** True for `YYYY-MM-DD` or an ISO date-time with `Z` or an offset, naming a real day. */
export function isValidDatelineText(value: string): boolean {
  const match = DATE_ONLY.exec(value) ?? DATE_TIME.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (match[4] !== undefined && !isValidClock(match)) return false;
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

function isValidClock(match: RegExpExecArray): boolean {
  const [hour, minute, second] = [Number(match[4]), Number(match[5]), Number(match[6] ?? 0)];
  const offset = /^([+-])(\d{2}):(\d{2})$/.exec(match[7] ?? '');
  const offsetOk = !offset || (Number(offset[2]) <= 14 && Number(offset[3]) < 60);
  return hour < 24 && minute < 60 && second < 60 && offsetOk;
}

/**
 * Reads a dateline. A date-only value is that calendar day in `timeZone` (never shifted by the
 * machine's TZ); a date-time must carry its own offset.
 * @throws Error when the text is not a valid dateline.
 */
export function parseDateline(value: string, timeZone: string): Dateline {
  if (!isValidDatelineText(value)) throw new Error(`not a date: "${value}"`);
  const day = DATE_ONLY.exec(value);
  if (day) {
    const instant = startOfDayInZone(Number(day[1]), Number(day[2]), Number(day[3]), timeZone);
    return { instant, dateOnly: true };
  }
  return { instant: new Date(value), dateOnly: false };
}

/** Minutes east of UTC that `timeZone` is at `instant` (Asia/Karachi: 300). */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const parts = partsInZone(instant, timeZone);
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

/** `2025-04-15T00:00:00+05:00`: the instant written in the zone's local time with its offset. */
export function toIsoWithOffset(instant: Date, timeZone: string): string {
  const p = partsInZone(instant, timeZone);
  const offset = zoneOffsetMinutes(instant, timeZone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * RFC 822 date as RSS wants it, in the zone's local time with its offset:
 * "Tue, 15 Apr 2025 00:00:00 +0500", so a date-only dateline reads as its own day.
 */
export function toRfc822(instant: Date, timeZone: string): string {
  const iso = toIsoWithOffset(instant, timeZone);
  const [date = '', rest = ''] = iso.split('T');
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  const time = rest.slice(0, 8);
  const offset = rest.slice(8).replace(':', '');
  return `${weekday}, ${pad(day)} ${MONTHS[month - 1]} ${year} ${time} ${offset}`;
}

/** `2025-04-15`: the calendar day of `instant` in `timeZone`. */
export function toCalendarDate(instant: Date, timeZone: string): string {
  const p = partsInZone(instant, timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** "Tuesday, April 15, 2025" in English; the same long form in the article's language. */
export function formatLongDate(instant: Date, timeZone: string, locale = 'en-US'): string {
  return formatCached(instant, locale, timeZone, 'long', { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' });
}

/** "2025": the year of an instant in the zone, for copyright lines. */
export function formatYear(instant: Date, timeZone: string): string {
  return cachedFormat('en-US', timeZone, 'year', { year: 'numeric' }).format(instant);
}

/** "Apr 15, 2025": for lists, where the weekday is noise. */
export function formatShortDate(instant: Date, timeZone: string, locale = 'en-US'): string {
  return formatCached(instant, locale, timeZone, 'short', { year: 'numeric', month: 'short', day: 'numeric' });
}

const displayFormats = new Map<string, Intl.DateTimeFormat>();
const formattedDates = new Map<string, string>();

// Sidebars repeat the same dates on every page; formatting is the slow part, so keep results.
function formatCached(
  instant: Date,
  locale: string,
  timeZone: string,
  style: string,
  options: Intl.DateTimeFormatOptions,
): string {
  const key = `${instant.getTime()}|${locale}|${timeZone}|${style}`;
  let text = formattedDates.get(key);
  if (text === undefined) {
    if (formattedDates.size >= PARTS_CACHE_LIMIT) formattedDates.clear();
    text = cachedFormat(locale, timeZone, style, options).format(instant);
    formattedDates.set(key, text);
  }
  return text;
}

// Creating an Intl.DateTimeFormat costs far more than formatting with one, and every page
// formats dozens of dates: keep one per locale, zone and style.
function cachedFormat(
  locale: string,
  timeZone: string,
  style: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${style}`;
  let format = displayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    displayFormats.set(key, format);
  }
  return format;
}

function startOfDayInZone(year: number, month: number, day: number, timeZone: string): Date {
  const utcMidnight = Date.UTC(year, month - 1, day);
  // The zone's offset at that day; checked again at the result for days where it changes.
  const first = utcMidnight - zoneOffsetMinutes(new Date(utcMidnight), timeZone) * 60000;
  return new Date(utcMidnight - zoneOffsetMinutes(new Date(first), timeZone) * 60000);
}

interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const partsCache = new Map<string, ZonedParts>();
// Every page shows the same sidebar dates again: past this many, start over rather than grow.
const PARTS_CACHE_LIMIT = 100_000;

function partsInZone(instant: Date, timeZone: string): ZonedParts {
  const key = `${instant.getTime()}|${timeZone}`;
  let parts = partsCache.get(key);
  if (!parts) {
    if (partsCache.size >= PARTS_CACHE_LIMIT) partsCache.clear();
    parts = computePartsInZone(instant, timeZone);
    partsCache.set(key, parts);
  }
  return parts;
}

function computePartsInZone(instant: Date, timeZone: string): ZonedParts {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  const values: Record<string, number> = {};
  for (const part of formatter.formatToParts(instant)) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  return {
    year: values['year'] ?? 0,
    month: values['month'] ?? 0,
    day: values['day'] ?? 0,
    hour: values['hour'] ?? 0,
    minute: values['minute'] ?? 0,
    second: values['second'] ?? 0,
  };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
