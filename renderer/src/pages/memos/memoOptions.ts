import type { TFunction } from 'i18next';
import { decisionOutcomes, memoLinkKinds, recipientKinds, type MemoStatus } from '../../../../preload/contract';

export const recipientOptions = (t: TFunction) => recipientKinds.map((k) => ({ value: k, label: t(`memos.recipientKind.${k}`) }));
export const outcomeOptions = (t: TFunction) => decisionOutcomes.map((k) => ({ value: k, label: t(`memos.outcome.${k}`) }));
export const linkKindOptions = (t: TFunction) => memoLinkKinds.map((k) => ({ value: k, label: t(`memos.linkKind.${k}`) }));

export const statusColor: Record<MemoStatus, string> = { draft: 'gray', review: 'grape', sent: 'orange', decided: 'teal' };

/** What the list and the editor show as the recipient: the name when given, else the kind. */
export const recipientText = (t: TFunction, m: { recipientKind: string; recipientName: string | null }) =>
  m.recipientName || t(`memos.recipientKind.${m.recipientKind}`);
