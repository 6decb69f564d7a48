// The shared calendar-date helpers live in main/app/days.ts; involvement's modules keep their old import.
export { todayIso, plusDays, daysBetween } from '../app/days';
