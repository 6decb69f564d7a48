import type { z } from 'zod';
import { actorChannels } from './actorChannels';
import { goalChannels } from './goalChannels';
import { initiativeChannels } from './initiativeChannels';
import { meetingChannels } from './meetingChannels';
import { languageSetting, openSavedInput, settingsInput, type AppInfo, type Language, type DemoResult, type Settings, type StoredDateProblem } from './app';
import { backupChannels } from './backupChannels';
import { channel, type ChannelDef } from './channel';
import { empty } from './common';
import { memoChannels } from './memoChannels';
import { involvementChannels } from './involvementChannels';
import { planningChannels } from './planningChannels';
import { searchChannels } from './searchChannels';
import { auditChannels } from './auditChannels';
import { gdprChannels } from './gdprChannels';
import { mailChannels } from './mailChannels';
import { databaseChannels } from './databaseChannels';
import { houseStyleChannels } from './houseStyle';
import type { Envelope } from './errors';

export * from './actors';
export type { AuditEntry } from './auditChannels';
export * from './app';
export * from './backups';
export * from './common';
export * from './errors';
export * from './events';
export * from './databaseChannels';
export * from './gdpr';
export * from './mail';
export * from './goals';
export * from './houseStyle';
export * from './initiatives';
export * from './memos';
export * from './richText';
export * from './meetings';
export * from './involvement';
export * from './overview';
export * from './planning';
export * from './search';
export type { ChannelDef } from './channel';

/**
 * The one API contract between renderer and main. Main validates every payload against `input`
 * before a handler runs; the preload and the HTTP client expose exactly these channels.
 */
export const contract = {
  // A feature adds its channels in its own file and one spread line here.
  'app.info': channel(empty).returns<AppInfo>(),
  'app.loadDemo': channel(empty).returns<DemoResult>(),
  'settings.get': channel(empty).returns<Settings>(),
  'settings.update': channel(settingsInput).returns<Settings>(),
  'settings.language': channel(empty).returns<{ language: Language }>(),
  'settings.setLanguage': channel(languageSetting).returns<{ language: Language }>(),
  'dateCheck.list': channel(empty).returns<StoredDateProblem[]>(),
  'files.openSaved': channel(openSavedInput).returns<{ opened: boolean }>(),

  ...actorChannels,
  ...backupChannels,
  ...initiativeChannels,
  ...goalChannels,
  ...memoChannels,
  ...meetingChannels,
  ...involvementChannels,
  ...planningChannels,
  ...searchChannels,
  ...gdprChannels,
  ...auditChannels,
  ...mailChannels,
  ...databaseChannels,
  ...houseStyleChannels,
} satisfies Record<string, ChannelDef>;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export const channelNames = Object.keys(contract) as ChannelName[];

export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ChannelParsed<C extends ChannelName> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = NonNullable<Contract[C]['_output']>;

/** What the preload exposes as `window.samspil`: one function per channel. */
export type SamspilApi = {
  [C in ChannelName]: (input: ChannelInput<C>) => Promise<Envelope<ChannelOutput<C>>>;
};

/** IPC channel names are prefixed so they never collide with Electron's own. */
export const ipcChannel = (name: ChannelName) => `samspil:${name}`;
