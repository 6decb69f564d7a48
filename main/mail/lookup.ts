// What other features may read of mail: the stored mail settings (a meeting's .ics names the organiser).
export { readMailSettings } from './mailSettings';
