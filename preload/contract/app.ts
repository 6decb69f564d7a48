import { z } from 'zod';
import { empty } from './common';

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
export const languageSetting = z.strictObject({ language: z.enum(languages) });

export const settingsInput = z.strictObject({
  partnershipName: z.string().trim().min(1, { message: 'Skal udfyldes' }).max(200),
  municipality: z.string().trim().max(200).default(''),
});
export type Settings = z.output<typeof settingsInput>;

/** A file main saved through its own dialog in this session (checked by main). */
export const openSavedInput = z.strictObject({ path: z.string().min(1).max(4096) });
