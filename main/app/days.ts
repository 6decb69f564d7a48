import { addDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { activeClock } from './clock';

/** Calendar-date helpers every feature shares (dates as YYYY-MM-DD, Europe/Copenhagen via the command's clock). */
export const todayIso = () => activeClock().today();
/** The command's instant as an ISO timestamp, for createdAt/updatedAt stamps. */
export const nowIso = () => activeClock().now().toISOString();
export const plusDays = (iso: string, days: number) => format(addDays(parseISO(iso), days), 'yyyy-MM-dd');
export const daysBetween = (from: string, to: string) => differenceInCalendarDays(parseISO(to), parseISO(from));
