import { z } from 'zod';
import { empty, plainString } from './common';

export interface AppInfo {
  version: string;
  dataPath: string;
  schemaVersion: number;
  transport?: 'ipc' | 'http';
  isEmpty: boolean;
}

export const demoRequest = empty;
export interface DemoResult {
  loaded: boolean;
  organisations: number;
  people: number;
}

export const languages = ['da', 'en'] as const;
export type Language = (typeof languages)[number];
/** The app's language: the screen's, the documents' (unless an export asks for the other) and the messages' from main. */
export const languageSetting = z.strictObject({ language: z.enum(languages) });

export const settingsInput = z.strictObject({
  partnershipName: plainString().trim().min(1, { message: 'Skal udfyldes' }).max(200),
  municipality: plainString().trim().max(200).default(''),
  /** Ad-hoc contacts without activity for this many months are proposed for erasure. */
  retentionMonths: z.number({ message: 'Skal være et helt antal måneder' }).int({ message: 'Skal være et helt antal måneder' }).min(1, { message: 'Mindst 1 måned' }).max(120, { message: 'Højst 120 måneder' }).optional(),
  /** The first-run guide on Oversigt: 'new' (an empty file shows it), 'open' (started, shown until closed), 'done'. */
  firstRunGuide: z.enum(['new', 'open', 'done']).optional(),
});
export type Settings = z.output<typeof settingsInput>;

/** A file main saved through its own dialog in this session (checked by main). */
export const openSavedInput = z.strictObject({ path: plainString().min(1).max(4096) });

/** Objects whose stored date or time does not exist (saved by an older version); listed under Indstillinger. */
export const storedDateKinds = ['meeting', 'milestone', 'memo', 'goal', 'measurement', 'initiative', 'initiativeStatus', 'involvement', 'actionItem', 'membership'] as const;
export type StoredDateKind = (typeof storedDateKinds)[number];
export interface StoredDateProblem {
  kind: StoredDateKind;
  id: number;
  name: string;
  /** The column, e.g. "date", "baseline_date", "start_time". */
  field: string;
  value: string;
}
