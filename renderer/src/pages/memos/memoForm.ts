import type { MemoContent, MemoInput } from '../../../../preload/contract';

/** Form values: the contract's input with '' instead of null so inputs stay controlled. */
export type MemoFormValues = Omit<MemoContent, 'caseNumber' | 'recipientName' | 'meetingDate' | 'author' | 'economy'> & {
  caseNumber: string;
  recipientName: string;
  meetingDate: string;
  author: string;
  economy: { columns: string[]; rows: { label: string; amounts: (number | null)[] }[]; note: string | null };
};

export function formValuesOf(c: MemoContent): MemoFormValues {
  return {
    ...c,
    caseNumber: c.caseNumber ?? '',
    recipientName: c.recipientName ?? '',
    meetingDate: c.meetingDate ?? '',
    author: c.author ?? '',
    economy: { columns: [...c.economy.columns], rows: c.economy.rows.map((r) => ({ label: r.label, amounts: [...r.amounts] })), note: c.economy.note ?? '' },
    options: c.options.map((o) => ({ ...o })),
    recommendations: [...c.recommendations],
    attachments: [...c.attachments],
  };
}

export const toInput = (v: MemoFormValues): MemoInput => v;

export const today = () => new Date().toISOString().slice(0, 10);

export const blankMemo = (author = ''): MemoInput => ({ title: '', recipientKind: 'city_council', recipientName: '', meetingDate: '', author, memoDate: today(), caseNumber: '' });
