import { describe, expect, it } from 'vitest';
import { parseDateText, parseTimeText } from '../../renderer/src/components/dateText';

const today = new Date(2026, 11, 6);

describe('typed dates and times in the forms people use', () => {
  it.each([
    ['15-04-2027', '2027-04-15'],
    ['15.4.27', '2027-04-15'],
    ['15/4', '2026-04-15'],
    ['15.4', '2026-04-15'],
    ['15.04.2027', '2027-04-15'],
    ['15/04/2027', '2027-04-15'],
    ['150427', '2027-04-15'],
    ['15042027', '2027-04-15'],
    ['2027-04-15', '2027-04-15'],
    [' 1-2-2028 ', '2028-02-01'],
    ['29-02-2028', '2028-02-29'],
  ])('reads the date %s as %s', (text, iso) => {
    expect(parseDateText(text, today)).toBe(iso);
  });

  it.each(['', '15', '15-', '15-04-2', '15-04-202', '31-04-2027', '29-02-2027', '0-4-2027', '15-13-2027', 'i morgen', '2027-4'])('refuses %j', (text) => {
    expect(parseDateText(text, today)).toBeNull();
  });

  it.each([
    ['9.30', '09:30'],
    ['0930', '09:30'],
    ['930', '09:30'],
    ['9:30', '09:30'],
    ['9,30', '09:30'],
    ['9', '09:00'],
    ['13', '13:00'],
    ['23:59', '23:59'],
    ['00:00', '00:00'],
  ])('reads the time %s as %s', (text, hhmm) => {
    expect(parseTimeText(text)).toBe(hhmm);
  });

  it.each(['', '24', '2400', '9.3', '9.60', '12345', 'kl 9', '9:30 PM'])('refuses the time %j', (text) => {
    expect(parseTimeText(text)).toBeNull();
  });
});
