import { describe, expect, it } from 'vitest';
import { escapeText, fold } from '../../main/meetings/ics';
import { seriesRule } from '../../main/meetings/meetingService';
import { itemTimes, nthWeekday, overrun, seriesDates } from '../../main/meetings/schedule';

describe('agenda times', () => {
  it('numbers items but not breaks and runs the clock on from the start', () => {
    const items = itemTimes('09:00', [
      { isBreak: false, durationMinutes: 20 },
      { isBreak: true, durationMinutes: 15 },
      { isBreak: false, durationMinutes: 45 },
    ]);
    expect(items.map((i) => [i.number, i.startTime, i.endTime])).toEqual([
      ['1', '09:00', '09:20'],
      [null, '09:20', '09:35'],
      ['2', '09:35', '10:20'],
    ]);
    expect(overrun('09:00', '10:00', items)).toBe(20);
    expect(overrun('09:00', '13:00', items)).toBe(0);
  });
});

describe('series dates', () => {
  it('finds the n-th and the last weekday of a month', () => {
    expect(nthWeekday(2026, 0, 1, 1)).toBe('2026-01-06'); // first Tuesday of January 2026
    expect(nthWeekday(2026, 2, 6, 5)).toBe('2026-03-29'); // last Sunday of March 2026
    expect(nthWeekday(2026, 1, 0, 4)).toBe('2026-02-23'); // fourth Monday of February 2026
  });

  it('starts on the first date on or after fromDate and crosses the new year', () => {
    expect(seriesDates('2026-11-04', 2, 1, 1, 3)).toEqual(['2026-12-01', '2027-02-02', '2027-04-06']);
    expect(seriesDates('2026-11-03', 1, 1, 1, 2)).toEqual(['2026-11-03', '2026-12-01']);
  });

  it('describes the rule in Danish', () => {
    expect(seriesRule({ everyMonths: 2, weekday: 1, ordinal: 1, startTime: '09:00', durationMinutes: 120 })).toBe('Hver anden måned, første tirsdag, kl. 09.00, 2 timer');
  });
});

describe('iCalendar text', () => {
  it('escapes separators and folds at 75 octets without splitting æ, ø or å', () => {
    expect(escapeText('Mødesal 1; Hvidovre, Rådhus\nNy linje')).toBe('Mødesal 1\\; Hvidovre\\, Rådhus\\nNy linje');
    const line = `DESCRIPTION:${'æøå '.repeat(40)}`;
    const folded = fold(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    expect(folded.every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    expect(folded.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(line);
  });
});
