import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import { activeClock } from '../app/clock';

/** Today's date where the secretariat sits (Europe/Copenhagen, the command's clock), as YYYY-MM-DD. */
export const todayIso = () => activeClock().today();
export const plusDays = (iso: string, days: number) => format(addDays(parseISO(iso), days), 'yyyy-MM-dd');
export const daysBetween = (from: string, to: string) => differenceInCalendarDays(parseISO(to), parseISO(from));
