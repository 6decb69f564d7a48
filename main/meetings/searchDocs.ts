import { inTurn } from '../../db/inTurn';
import type { EntityManager } from 'typeorm';
import { ActionItemEntity, AgendaItemEntity, DecisionEntity, MeetingEntity } from '../../db/entities/meetings';
import { bodyOf, indexDocument, removeDocumentsAt } from '../search/searchIndex';
import { textsFor } from '../documents/texts';

/** The kinds a meeting puts into the search index; every one of them opens the meeting. */
export const MEETING_KINDS = ['meeting', 'agenda_item', 'decision', 'action_item'] as const;

/** A long text as a one-line title (decisions and action items have no title of their own). */
export const titleOf = (text: string, max = 120) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, flat.lastIndexOf(' ', max) > 40 ? flat.lastIndexOf(' ', max) : max)} …`;
};

/** Documents of the meeting's items as they are now (nothing for a meeting in the trash). */
async function itemDocs(m: EntityManager, meetingId: number, route: string) {
  const [items, decisions, actions] = await inTurn(
    () => m.getRepository(AgendaItemEntity).find({ where: { meetingId } }),
    () => m.getRepository(DecisionEntity).find({ where: { meetingId } }),
    () => m.getRepository(ActionItemEntity).find({ where: { meetingId } }));
  const itemTitle = new Map(items.map((i) => [i.id, i.title]));
  // Breaks, and standard items nobody wrote anything under, would only repeat in every meeting.
  const worthy = items.filter((i) => !i.isBreak && (i.standard === null || i.description || i.minutes));
  return [
    ...worthy.map((i) => ({ kind: 'agenda_item', id: i.id, title: i.title, body: bodyOf(i.description, i.minutes), route })),
    ...decisions.map((d) => ({ kind: 'decision', id: d.id, title: titleOf(d.text), body: bodyOf(d.text, d.itemId ? itemTitle.get(d.itemId) : null), route })),
    // Only the item's own text: an owner's name would go stale when the actor is renamed elsewhere.
    ...actions.map((a) => ({ kind: 'action_item', id: a.id, title: titleOf(a.what), body: bodyOf(a.what, a.itemId ? itemTitle.get(a.itemId) : null), route })),
  ];
}

/**
 * Keeps the search index in step with one meeting and everything in it: the meeting itself (title,
 * purpose, place, notes), its agenda items with their minutes, decisions and action items. The whole
 * meeting is rewritten, so an item removed since the last call disappears too; a meeting in the trash
 * takes all its documents out. Called from every write to a meeting, in the same transaction.
 */
export async function indexMeeting(m: EntityManager, id: number): Promise<void> {
  const route = `meetings/list/${id}`;
  await removeDocumentsAt(m, route, MEETING_KINDS);
  const row = await m.getRepository(MeetingEntity).findOneBy({ id });
  if (!row || row.deletedAt) return;
  // No actor or body names: they are indexed where they live and would go stale here on a rename.
  await indexDocument(m, { kind: 'meeting', id, title: row.title, body: bodyOf(textsFor('da').meetingType[row.type], row.place, row.purpose, row.notes), route });
  for (const doc of await itemDocs(m, id, route)) await indexDocument(m, doc);
}
