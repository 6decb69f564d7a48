import type { OpenActionRow } from '../meetings/lookup';

/** A row of the report's "Aftaler" sheet: the open action items from meetings held up to the report's date. */
export type ActionItemRow = OpenActionRow;
