import { activeClock } from './clock';

/** Calendar-date helpers every feature shares (dates as YYYY-MM-DD, Europe/Copenhagen via the command's clock). */
export const todayIso = () => activeClock().today();
/** The command's instant as an ISO timestamp, for createdAt/updatedAt stamps. */
export const nowIso = () => activeClock().now().toISOString();
/**
 * A calendar date (YYYY-MM-DD) as days since 1970-01-01: date arithmetic as plain numbers, without a
 * parse and a format per call (date-fns took ~10 µs a goal's progress, 4 ms for a region's 500 goals).
 */
export const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
export const isoOfDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
export const plusDays = (iso: string, days: number) => isoOfDay(dayNumber(iso) + days);
export const daysBetween = (from: string, to: string) => dayNumber(to) - dayNumber(from);
