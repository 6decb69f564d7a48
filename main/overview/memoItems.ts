import type { EntityManager } from 'typeorm';
import { memosWithStatus } from '../memos/lookup';
import type { OverviewItem } from '../../preload/contract';
import { da } from '../../preload/texts/da';

/** Sent memos without a recorded decision; flagged once the recipient's meeting date has passed. */
export async function memosAwaitingDecision(m: EntityManager, today: string): Promise<OverviewItem[]> {
  const rows = await memosWithStatus(m, 'sent');
  const items = rows.map((r): OverviewItem => {
    const recipient = r.recipientName || da.memos.recipientKind[r.recipientKind];
    const passed = r.meetingDate !== null && r.meetingDate < today;
    const key = r.meetingDate === null ? 'memoNoDate' : passed ? 'memoMeetingPassed' : 'memoAwaiting';
    const detail = {
      memoNoDate: `Til ${recipient} · ingen mødedato`,
      memoMeetingPassed: `Til ${recipient} · mødet er holdt – registrér beslutningen`,
      memoAwaiting: `Til ${recipient} · venter på mødet`,
    }[key];
    return {
      key: `memo-${r.id}`,
      title: r.name,
      detail,
      detailKey: `overviewSections.detail.${key}`,
      // A kind of recipient travels as its code, for the screen to say in the reader's language.
      detailValues: r.recipientName ? { recipient: r.recipientName } : { recipientKind: r.recipientKind },
      date: r.meetingDate,
      route: `memos/edit/${r.id}`,
      tone: passed ? 'danger' : 'info',
    };
  });
  return [...items.filter((i) => i.tone === 'danger'), ...items.filter((i) => i.tone !== 'danger')];
}
