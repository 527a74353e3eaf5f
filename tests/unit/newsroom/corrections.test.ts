import { describe, expect, it } from 'vitest';
import { lastChange, latestCorrection, parseCorrections } from '#src/newsroom/corrections.ts';
import { parseDateline } from '#src/newsroom/dates.ts';

const ZONE = 'Asia/Karachi';
const published = parseDateline('2025-04-15', ZONE).instant;

describe('parseCorrections', () => {
  it('reads each date in the site zone and keeps the order and text', () => {
    const corrections = parseCorrections(
      [
        { date: '2025-04-17', text: 'First.' },
        { date: '2025-04-16T10:00:00+05:00', text: 'Second.' },
      ],
      ZONE,
    );
    expect(corrections.map((c) => [c.date.instant.toISOString(), c.date.dateOnly, c.text])).toEqual([
      ['2025-04-16T19:00:00.000Z', true, 'First.'],
      ['2025-04-16T05:00:00.000Z', false, 'Second.'],
    ]);
  });

  it('gives none for an article without corrections', () => {
    expect(parseCorrections(undefined, ZONE)).toEqual([]);
  });
});

describe('latestCorrection', () => {
  it('picks the newest by date, whatever the order listed', () => {
    const corrections = parseCorrections(
      [
        { date: '2025-04-18', text: 'Newest.' },
        { date: '2025-04-16', text: 'Older.' },
      ],
      ZONE,
    );
    expect(latestCorrection(corrections)?.text).toBe('Newest.');
    expect(latestCorrection([])).toBeUndefined();
  });
});

describe('lastChange', () => {
  const updated = parseDateline('2025-04-16', ZONE);

  it('is the publication without update or correction', () => {
    expect(lastChange(published, undefined, [])).toEqual(published);
  });

  it('is the update when it is the latest', () => {
    expect(lastChange(published, updated, parseCorrections([{ date: '2025-04-15', text: 'x' }], ZONE))).toEqual(updated.instant);
  });

  it('counts a correction as a change, even without an update date', () => {
    const corrections = parseCorrections([{ date: '2025-04-17', text: 'x' }], ZONE);
    expect(lastChange(published, undefined, corrections)).toEqual(corrections[0]?.date.instant);
    expect(lastChange(published, updated, corrections)).toEqual(corrections[0]?.date.instant);
  });
});
