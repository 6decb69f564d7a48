import type { Database } from '../../db/database';
import type { Clock } from '../app/clock';
import type { EventHub } from '../app/events';
import type { SecretStore } from '../mail/secrets';
import type { ChannelName, ChannelOutput, ChannelParsed } from '../../preload/contract';
import { actorHandlers } from '../actors/handlers';
import { auditHandlers } from '../audit/auditList';
import { appInfo } from '../app/appInfo';
import { backupHandlers } from '../backup/handlers';
import { gdprHandlers } from '../gdpr/handlers';
import { mailHandlers } from '../mail/handlers';
import { databaseHandlers } from '../database/handlers';
import { loadDemoData } from '../demo/demoData';
import { ServiceError } from './serviceError';
import { goalHandlers } from '../goals/handlers';
import { houseStyleHandlers } from '../houseStyle/handlers';
import { initiativeHandlers } from '../initiatives/handlers';
import { memoHandlers } from '../memos/handlers';
import { meetingHandlers } from '../meetings/handlers';
import { involvementHandlers } from '../involvement/handlers';
import { planningHandlers } from '../planning/handlers';
import { searchHandlers } from '../search/handlers';
import { getSettings, updateSettings } from '../settings/settingsService';
import { findStoredDateProblems } from '../settings/dateCheck';
import { appLanguage, setAppLanguage } from '../settings/language';

export interface HandlerContext {
  db: Database;
  version: string;
  transport: 'ipc' | 'http';
  /** The one clock (Europe/Copenhagen) every service asks for today and now. */
  clock: Clock;
  /** Only the Electron shell can open a file it saved; the browser has downloaded it already. */
  openSavedFile?: (path: string) => Promise<boolean>;
  /** Only the Electron shell has one (safeStorage); it keeps the SMTP password out of the data file. */
  secrets?: SecretStore;
  /** Where Indstillinger → Database saves file or server for the next start (absent: it cannot be changed here). */
  connectionFile?: string;
  /** The running server connection's TLS mode (for showing it). */
  serverTls?: 'disable' | 'require' | 'verify-full';
  /** Events pushed to the renderer (colleagues' changes, transfer progress); absent in tests that do not listen. */
  events?: EventHub;
  /** Who uses this client (--user / SAMSPIL_USER, else the OS user): rows and the change log record it. */
  user?: string;
  /** Aborted when the caller goes away (an HTTP client closing its connection); long work stops. */
  signal?: AbortSignal;
}

export type Handler<C extends ChannelName> = (ctx: HandlerContext, input: ChannelParsed<C>) => Promise<ChannelOutput<C>>;
export type HandlersFor<K extends ChannelName> = { [C in K]: Handler<C> };
export type HandlerMap = HandlersFor<ChannelName>;

/**
 * Every channel of the contract and the service that answers it. The type makes a missing one a compile error.
 * A feature keeps its handlers in main/<feature>/handlers.ts and adds one spread line here.
 */
export const handlers: HandlerMap = {
  'app.info': (ctx) => appInfo(ctx),
  'app.loadDemo': (ctx) => loadDemoData(ctx.db, ctx.clock),
  'settings.get': (ctx) => getSettings(ctx.db),
  'settings.update': (ctx, input) => updateSettings(ctx.db, input),
  'settings.language': async (ctx) => ({ language: await appLanguage(ctx.db) }),
  'settings.setLanguage': (ctx, { language }) => setAppLanguage(ctx.db, language),
  'dateCheck.list': (ctx) => findStoredDateProblems(ctx.db),
  'files.openSaved': async (ctx, { path }) => {
    if (!ctx.openSavedFile) throw new ServiceError('FORBIDDEN', 'app.openDesktopOnly');
    return { opened: await ctx.openSavedFile(path) };
  },

  ...actorHandlers,
  ...auditHandlers,
  ...backupHandlers,
  ...initiativeHandlers,
  ...goalHandlers,
  ...memoHandlers,
  ...meetingHandlers,
  ...involvementHandlers,
  ...planningHandlers,
  ...searchHandlers,
  ...gdprHandlers,
  ...mailHandlers,
  ...databaseHandlers,
  ...houseStyleHandlers,
};
