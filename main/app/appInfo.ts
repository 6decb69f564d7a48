import { actorCount } from '../actors/lookup';
import type { AppInfo } from '../../preload/contract';
import type { HandlerContext } from '../api/handlers';

export async function appInfo(ctx: HandlerContext): Promise<AppInfo> {
  const m = ctx.db.ds.manager;
  const actors = await actorCount(m);
  return {
    version: ctx.version,
    dataPath: ctx.db.file,
    schemaVersion: await ctx.db.schemaVersion(),
    transport: ctx.transport,
    isEmpty: actors === 0,
  };
}
