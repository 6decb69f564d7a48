import type { Database } from '../../db/database';
import { AuditEntity } from '../../db/entities/audit';
import type { AuditEntry, ChannelParsed, Page } from '../../preload/contract';
import type { auditChannels } from '../../preload/contract/auditChannels';
import type { HandlersFor } from '../api/handlers';
import { resolveSubject } from './auditSubjects';

/** The change log, newest first, for the screen under Indstillinger. */
export async function listAudit(db: Database, q: ChannelParsed<'audit.list'>): Promise<Page<AuditEntry>> {
  const repo = db.ds.manager.getRepository(AuditEntity);
  const [items, total] = await repo.findAndCount({ order: { id: 'DESC' }, skip: q.offset, take: q.limit });
  const out: AuditEntry[] = [];
  for (const r of items) out.push({ ...r, object: await resolveSubject(db.ds.manager, r.subject) });
  return { items: out, total, offset: q.offset };
}

export const auditHandlers: HandlersFor<keyof typeof auditChannels> = {
  'audit.list': (ctx, q) => listAudit(ctx.db, q),
};
