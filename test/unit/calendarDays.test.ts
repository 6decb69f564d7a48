import fc from 'fast-check';
import { addDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { describe, expect, it } from 'vitest';
import { daysBetween, plusDays } from '../../main/app/days';

// Any calendar date from 1900 to 2199, as the data holds them.
const isoDate = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2199, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('calendar-date arithmetic as day numbers (main/app/days.ts)', () => {
  it('plusDays and daysBetween agree with date-fns in the local time zone, across leap years and daylight-saving changes', () => {
    fc.assert(
      fc.property(isoDate, isoDate, fc.integer({ min: -4000, max: 4000 }), (a, b, n) => {
        expect(plusDays(a, n)).toBe(format(addDays(parseISO(a), n), 'yyyy-MM-dd'));
        expect(daysBetween(a, b)).toBe(differenceInCalendarDays(parseISO(b), parseISO(a)));
      }),
      { numRuns: 2000 },
    );
  });

  it('known dates: a leap day, the changes to and from summer time in Copenhagen, a year end', () => {
    expect(plusDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(plusDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(plusDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(plusDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2027-01-01', '2026-12-06')).toBe(-26);
  });
});
