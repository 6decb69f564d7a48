import { OrganisationEntity, PersonEntity } from '../../db/entities/actors';
import type { AppInfo } from '../../preload/contract';
import type { HandlerContext } from '../api/handlers';

export async function appInfo(ctx: HandlerContext): Promise<AppInfo> {
  const m = ctx.db.ds.manager;
  const [orgs, people] = await Promise.all([m.getRepository(OrganisationEntity).count(), m.getRepository(PersonEntity).count()]);
  return {
    version: ctx.version,
    dataPath: ctx.db.file,
    schemaVersion: await ctx.db.schemaVersion(),
    transport: ctx.transport,
    isEmpty: orgs + people === 0,
  };
}
