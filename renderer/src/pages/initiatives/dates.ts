import { format } from 'date-fns';

/** Today as YYYY-MM-DD in local time (toISOString would give yesterday's date just after midnight in Denmark). */
export const localToday = () => format(new Date(), 'yyyy-MM-dd');
