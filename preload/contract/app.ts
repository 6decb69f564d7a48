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
