import type { EntityManager } from 'typeorm';
import type { AuditSubject } from '../../preload/contract/auditChannels';

/** Where a logged subject lives: its entity, the field that names it, and the screen that shows it. */
const subjects: Record<string, { entity: string; field: 'name' | 'title'; noun: string; route: (id: number) => string; trash?: boolean }> = {
  organisations: { entity: 'Organisation', field: 'name', noun: 'organisation', route: (id) => `actors/organisations/${id}`, trash: true },
  organisation: { entity: 'Organisation', field: 'name', noun: 'organisation', route: (id) => `actors/organisations/${id}`, trash: true },
  people: { entity: 'Person', field: 'name', noun: 'person', route: (id) => `actors/people/${id}`, trash: true },
  person: { entity: 'Person', field: 'name', noun: 'person', route: (id) => `actors/people/${id}`, trash: true },
  bodies: { entity: 'Body', field: 'name', noun: 'body', route: () => 'actors/bodies', trash: true },
  body: { entity: 'Body', field: 'name', noun: 'body', route: () => 'actors/bodies', trash: true },
  meetings: { entity: 'Meeting', field: 'title', noun: 'meeting', route: (id) => `meetings/list/${id}` },
  minutes: { entity: 'Meeting', field: 'title', noun: 'minutes', route: (id) => `meetings/list/${id}` },
  memos: { entity: 'Memo', field: 'title', noun: 'memo', route: (id) => `memos/edit/${id}` },
  initiatives: { entity: 'Initiative', field: 'name', noun: 'initiative', route: (id) => `initiatives/list/${id}` },
  goals: { entity: 'Goal', field: 'name', noun: 'goal', route: (id) => `goals/dashboard/${id}` },
  milestones: { entity: 'Milestone', field: 'title', noun: 'milestone', route: (id) => `planning/milestones/${id}` },
};

/**
 * The object a log line is about, read now: its name, and a link to it or to the trash when it lies there.
 * The log itself keeps only "kind:id" (no personal data); an erased person is simply gone (name null).
 */
export async function resolveSubject(m: EntityManager, subject: string | null): Promise<AuditSubject | null> {
  const match = subject ? /^([a-zA-Z]+):(\d+)$/.exec(subject) : null;
  const where = match ? subjects[match[1]!] : undefined;
  if (!match || !where) return null;
  const id = Number(match[2]);
  const row = (await m.getRepository(where.entity).findOne({ where: { id } })) as Record<string, unknown> | null;
  if (!row) return { noun: where.noun, name: null, route: null, inTrash: false };
  const inTrash = !!where.trash && row.deletedAt != null;
  return { noun: where.noun, name: String(row[where.field] ?? ''), route: inTrash ? 'actors/trash' : where.route(id), inTrash };
}
