import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  formatLongDate,
  formatShortDate,
  isValidDatelineText,
  parseDateline,
  toCalendarDate,
  toIsoWithOffset,
  toRfc822,
  zoneOffsetMinutes,
} from '#src/newsroom/dates.ts';

/** Machine zones the build might run in; none of them may move a date-only dateline. */
const MACHINE_ZONES = ['UTC', 'Asia/Karachi', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];

describe('isValidDatelineText', () => {
  it.each([
    ['2025-04-15', 'a calendar day'],
    ['2024-02-29', 'a leap day'],
    ['2025-04-15T09:30Z', 'a UTC time without seconds'],
    ['2025-04-15T09:30:00Z', 'a UTC time'],
    ['2025-04-15T09:30:00+05:00', 'a time with a positive offset'],
    ['2025-04-15T09:30:00.250-07:00', 'a time with fractional seconds and a negative offset'],
  ])('accepts %s (%s)', (text) => {
    expect(isValidDatelineText(text)).toBe(true);
  });

  it.each([
    ['2025-02-29', 'a day February 2025 does not have'],
    ['2025-04-31', 'the 31st of a 30-day month'],
    ['2025-13-01', 'month 13'],
    ['2025-00-10', 'month 0'],
    ['2025-4-15', 'an unpadded month'],
    ['15/04/2025', 'a day-first date'],
    ['2025-04-15T09:30:00', 'a date-time without an offset'],
    ['2025-04-15 09:30:00Z', 'a space instead of T'],
    ['2025-04-15T09:30:00+0500', 'an offset without a colon'],
    [' 2025-04-15', 'leading whitespace'],
    ['', 'an empty string'],
  ])('rejects %s (%s)', (text) => {
    expect(isValidDatelineText(text)).toBe(false);
  });

  it.each([
    ['2025-04-15T25:00:00Z', 'hour 25'],
    ['2025-04-15T09:60:00Z', 'minute 60'],
    ['2025-04-15T09:30:00+24:00', 'an offset of 24 hours'],
  ])('rejects %s, a clock time no day has (%s)', (text) => {
    expect(isValidDatelineText(text)).toBe(false);
  });
});

describe.each(MACHINE_ZONES)('parseDateline when the machine runs in %s', (machineZone) => {
  let savedTz: string | undefined;
  beforeEach(() => {
    savedTz = process.env['TZ'];
    process.env['TZ'] = machineZone;
  });
  afterEach(() => {
    if (savedTz === undefined) delete process.env['TZ'];
    else process.env['TZ'] = savedTz;
  });

  it('really runs with the machine clock in that zone', () => {
    const instant = new Date(Date.UTC(2025, 3, 15, 12));
    expect(instant.getTimezoneOffset() + zoneOffsetMinutes(instant, machineZone)).toBe(0);
    expect(new Date(2025, 3, 15).toISOString()).toBe(parseDateline('2025-04-15', machineZone).instant.toISOString());
  });

  it.each([
    ['Asia/Karachi', '2025-04-15', '2025-04-14T19:00:00.000Z', '2025-04-15T00:00:00+05:00'],
    ['America/Los_Angeles', '2025-04-15', '2025-04-15T07:00:00.000Z', '2025-04-15T00:00:00-07:00'],
    ['America/Los_Angeles', '2025-01-15', '2025-01-15T08:00:00.000Z', '2025-01-15T00:00:00-08:00'],
    ['Pacific/Kiritimati', '2025-04-15', '2025-04-14T10:00:00.000Z', '2025-04-15T00:00:00+14:00'],
    ['Europe/London', '2025-03-30', '2025-03-30T00:00:00.000Z', '2025-03-30T00:00:00+00:00'],
    ['Europe/London', '2025-03-31', '2025-03-30T23:00:00.000Z', '2025-03-31T00:00:00+01:00'],
    ['Europe/London', '2025-10-26', '2025-10-25T23:00:00.000Z', '2025-10-26T00:00:00+01:00'],
  ])('keeps a date-only dateline on its calendar day in %s (%s)', (zone, text, utc, local) => {
    const { instant, dateOnly } = parseDateline(text, zone);
    expect(dateOnly).toBe(true);
    expect(instant.toISOString()).toBe(utc);
    expect(toIsoWithOffset(instant, zone)).toBe(local);
    expect(toCalendarDate(instant, zone)).toBe(text);
  });

  it('reads a date-time by its own offset, whatever the site zone', () => {
    for (const zone of ['Asia/Karachi', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
      const { instant, dateOnly } = parseDateline('2025-04-15T09:30:00+05:00', zone);
      expect(dateOnly).toBe(false);
      expect(instant.toISOString()).toBe('2025-04-15T04:30:00.000Z');
    }
  });

  it('shows a date-only dateline as the same long date in every site zone', () => {
    for (const zone of ['Asia/Karachi', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Europe/London']) {
      expect(formatLongDate(parseDateline('2025-04-15', zone).instant, zone)).toBe('Tuesday, April 15, 2025');
    }
  });
});

describe('parseDateline errors', () => {
  it.each(['2025-02-30', 'yesterday', '2025-04-15T09:30:00', ''])('throws for "%s" naming the text', (text) => {
    expect(() => parseDateline(text, 'Asia/Karachi')).toThrow(`not a date: "${text}"`);
  });

  it.each(['2025-04-15T25:00:00Z', '2025-04-15T09:60:00Z', '2025-04-15T09:30:00+24:00'])(
    'throws for %s, a clock time no day has, instead of returning an Invalid Date',
    (text) => {
      expect(() => parseDateline(text, 'UTC')).toThrow(`not a date: "${text}"`);
    },
  );
});

describe('zoneOffsetMinutes', () => {
  it.each([
    ['Asia/Karachi', '2025-04-15T12:00:00Z', 300],
    ['Asia/Kolkata', '2025-04-15T12:00:00Z', 330],
    ['Asia/Kathmandu', '2025-04-15T12:00:00Z', 345],
    ['Pacific/Kiritimati', '2025-04-15T12:00:00Z', 840],
    ['America/Los_Angeles', '2025-01-15T12:00:00Z', -480],
    ['America/Los_Angeles', '2025-07-15T12:00:00Z', -420],
    ['America/St_Johns', '2025-01-15T12:00:00Z', -210],
    ['Europe/London', '2025-01-15T12:00:00Z', 0],
    ['Europe/London', '2025-07-15T12:00:00Z', 60],
    ['UTC', '2025-07-15T12:00:00Z', 0],
  ])('gives %s an offset at %s of %i minutes', (zone, iso, minutes) => {
    expect(zoneOffsetMinutes(new Date(iso), zone)).toBe(minutes);
  });

  it('switches at the exact second London moves its clocks forward', () => {
    expect(zoneOffsetMinutes(new Date('2025-03-30T00:59:59Z'), 'Europe/London')).toBe(0);
    expect(zoneOffsetMinutes(new Date('2025-03-30T01:00:00Z'), 'Europe/London')).toBe(60);
  });

  it('is not thrown off by milliseconds', () => {
    expect(zoneOffsetMinutes(new Date('2025-04-15T12:00:00.999Z'), 'Asia/Karachi')).toBe(300);
    expect(zoneOffsetMinutes(new Date('2025-04-15T12:00:00.999Z'), 'America/Los_Angeles')).toBe(-420);
  });
});

describe('toIsoWithOffset', () => {
  const instant = new Date('2025-04-15T04:30:00Z');

  it.each([
    ['Asia/Karachi', '2025-04-15T09:30:00+05:00'],
    ['America/Los_Angeles', '2025-04-14T21:30:00-07:00'],
    ['America/St_Johns', '2025-04-15T02:00:00-02:30'],
    ['Asia/Kathmandu', '2025-04-15T10:15:00+05:45'],
    ['Pacific/Kiritimati', '2025-04-15T18:30:00+14:00'],
    ['UTC', '2025-04-15T04:30:00+00:00'],
  ])('writes the instant in %s local time with its offset', (zone, expected) => {
    expect(toIsoWithOffset(instant, zone)).toBe(expected);
  });

  it('writes midnight as hour 00, not 24', () => {
    expect(toIsoWithOffset(new Date('2025-04-14T19:00:00Z'), 'Asia/Karachi')).toBe('2025-04-15T00:00:00+05:00');
  });

  it.each(['Asia/Karachi', 'America/St_Johns', 'Pacific/Kiritimati', 'Europe/London'])(
    'round-trips through Date in %s',
    (zone) => {
      expect(new Date(toIsoWithOffset(instant, zone)).getTime()).toBe(instant.getTime());
    },
  );
});

describe('toCalendarDate', () => {
  it.each([
    ['Pacific/Kiritimati', '2025-04-16'],
    ['Asia/Karachi', '2025-04-15'],
    ['America/Los_Angeles', '2025-04-15'],
    ['Pacific/Pago_Pago', '2025-04-15'],
  ])('gives the calendar day of 2025-04-15T12:00Z in %s', (zone, expected) => {
    expect(toCalendarDate(new Date('2025-04-15T12:00:00Z'), zone)).toBe(expected);
  });

  it('gives the previous day for an instant just before local midnight', () => {
    expect(toCalendarDate(new Date('2025-04-14T18:59:59Z'), 'Asia/Karachi')).toBe('2025-04-14');
    expect(toCalendarDate(new Date('2025-04-14T19:00:00Z'), 'Asia/Karachi')).toBe('2025-04-15');
  });
});

describe('formatLongDate and formatShortDate', () => {
  const karachiDay = parseDateline('2025-04-15', 'Asia/Karachi').instant;

  it('writes the long US English date with the weekday', () => {
    expect(formatLongDate(karachiDay, 'Asia/Karachi')).toBe('Tuesday, April 15, 2025');
  });

  it('writes the short US English date without the weekday', () => {
    expect(formatShortDate(karachiDay, 'Asia/Karachi')).toBe('Apr 15, 2025');
  });

  it('formats in the site zone, not in UTC', () => {
    // 19:00 UTC on the 14th is already the 15th in Karachi.
    expect(formatShortDate(karachiDay, 'UTC')).toBe('Apr 14, 2025');
    expect(formatShortDate(karachiDay, 'Asia/Karachi')).toBe('Apr 15, 2025');
  });

  it('uses the article language when one is given', () => {
    const urdu = formatLongDate(karachiDay, 'Asia/Karachi', 'ur');
    expect(urdu).toContain('اپریل');
    expect(urdu).not.toContain('April');
    expect(formatLongDate(karachiDay, 'Asia/Karachi', 'en-GB')).toMatch(/^Tuesday,? 15 April 2025$/);
  });
});

describe('toRfc822', () => {
  it.each([
    ['2025-04-14T19:00:00Z', 'Asia/Karachi', 'Tue, 15 Apr 2025 00:00:00 +0500'],
    ['2025-04-15T09:30:00Z', 'UTC', 'Tue, 15 Apr 2025 09:30:00 +0000'],
    ['2025-01-15T12:00:00Z', 'America/New_York', 'Wed, 15 Jan 2025 07:00:00 -0500'],
    ['2025-07-01T00:00:00Z', 'Asia/Kolkata', 'Tue, 01 Jul 2025 05:30:00 +0530'],
  ])('writes %s in %s as "%s"', (instant, zone, expected) => {
    expect(toRfc822(new Date(instant), zone)).toBe(expected);
  });

  it('keeps a date-only dateline on its own day', () => {
    const { instant } = parseDateline('2025-04-15', 'Asia/Karachi');
    expect(toRfc822(instant, 'Asia/Karachi')).toMatch(/^Tue, 15 Apr 2025 /);
  });
});
