import { type EntityManager, In } from 'typeorm';
import { DecisionEntity, MeetingEntity } from '../../db/entities/meetings';

/** What other features may ask about meetings: does it exist, is it live (not in the trash), and its name. */
export interface MeetingRef {
  id: number;
  name: string;
  date: string;
  live: boolean;
  status: string;
}

export async function meetingRefs(m: EntityManager, ids: number[]): Promise<Map<number, MeetingRef>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await m.getRepository(MeetingEntity).find({ where: { id: In(unique) }, select: { id: true, title: true, date: true, status: true, deletedAt: true } });
  return new Map(rows.map((r) => [r.id, { id: r.id, name: r.title, date: r.date, live: !r.deletedAt, status: r.status }]));
}

export interface DecisionRef {
  id: number;
  name: string;
  meetingId: number;
  live: boolean;
}

/** A meeting's decision is live while its meeting is. */
export async function decisionRefs(m: EntityManager, ids: number[]): Promise<Map<number, DecisionRef>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await m.getRepository(DecisionEntity).find({ where: { id: In(unique) }, select: { id: true, text: true, meetingId: true } });
  const meetings = await meetingRefs(m, rows.map((r) => r.meetingId));
  return new Map(rows.map((r) => [r.id, { id: r.id, name: r.text.slice(0, 200), meetingId: r.meetingId, live: meetings.get(r.meetingId)?.live ?? false }]));
}
