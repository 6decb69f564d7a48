import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';

/** Today's date where the secretariat sits (local time), as YYYY-MM-DD. */
export const todayIso = () => format(new Date(), 'yyyy-MM-dd');
export const plusDays = (iso: string, days: number) => format(addDays(parseISO(iso), days), 'yyyy-MM-dd');
export const daysBetween = (from: string, to: string) => differenceInCalendarDays(parseISO(to), parseISO(from));
