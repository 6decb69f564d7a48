import { inTurn } from '../../db/inTurn';
import type { EntityManager } from 'typeorm';
import type { MemoLinkKind } from '../../preload/contract';
import { initiativeRefs } from '../initiatives/lookup';
import { decisionRefs, meetingRefs } from '../meetings/lookup';

/** "kind:id" of every link target that exists and is live, through each feature's lookup. */
export async function liveTargets(m: EntityManager, links: { targetKind: MemoLinkKind; targetId: number }[]): Promise<Set<string>> {
  const ids = (k: MemoLinkKind) => links.filter((l) => l.targetKind === k).map((l) => l.targetId);
  const [initiatives, meetings, decisions] = await inTurn(() => initiativeRefs(m, ids('initiative')), () => meetingRefs(m, ids('meeting')), () => decisionRefs(m, ids('decision')));
  const out = new Set<string>();
  for (const [kind, refs] of [['initiative', initiatives], ['meeting', meetings], ['decision', decisions]] as const) {
    for (const r of refs.values()) if (r.live) out.add(`${kind}:${r.id}`);
  }
  return out;
}
