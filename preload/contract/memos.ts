import { z } from 'zod';
import { controlCharMessage, hasControlChars, id, isoDate, optionalDate, optionalText, paging, requiredText, text, baseVersion, type VersionInfo } from './common';

export const memoStatuses = ['draft', 'review', 'sent', 'decided'] as const;
export type MemoStatus = (typeof memoStatuses)[number];

export const recipientKinds = ['city_council', 'finance_committee', 'standing_committee', 'partnership', 'other'] as const;
export type RecipientKind = (typeof recipientKinds)[number];

export const decisionOutcomes = ['approved', 'approved_with_changes', 'rejected', 'postponed'] as const;
export type DecisionOutcome = (typeof decisionOutcomes)[number];

export const memoLinkKinds = ['initiative', 'meeting', 'decision'] as const;
export type MemoLinkKind = (typeof memoLinkKinds)[number];

const richText = (max = 20_000) => z.string().max(max).refine((s) => !hasControlChars(s), { error: (iss) => controlCharMessage(iss.input) }).default('');

export const MAX_AMOUNT = 100_000_000_000;
/** Whole kroner; empty cells are null. */
const amount = z.number().int({ message: 'Beløb i hele kroner' }).min(-MAX_AMOUNT).max(MAX_AMOUNT).nullable();

export const economyInput = z
  .strictObject({
    /** Column heads: normally years ("2014"), free text allowed ("Årligt"). */
    columns: z.array(requiredText(20)).max(10).default([]),
    rows: z
      .array(z.strictObject({ label: requiredText(200), amounts: z.array(amount).max(10) }))
      .max(60)
      .default([]),
    note: optionalText(500),
  })
  .refine((e) => e.rows.every((r) => r.amounts.length === e.columns.length), { message: 'Hver række skal have et beløb pr. kolonne', path: ['rows'] });
export type EconomyInput = z.input<typeof economyInput>;
export type Economy = z.output<typeof economyInput>;

export const memoOptionInput = z.strictObject({
  title: requiredText(200),
  description: richText(10_000),
  pros: richText(5_000),
  cons: richText(5_000),
});
export type MemoOption = z.output<typeof memoOptionInput>;

export const memoInput = z.strictObject({
  title: requiredText(300),
  caseNumber: optionalText(60),
  recipientKind: z.enum(recipientKinds),
  /** Name of the committee or the free-text recipient; required for those two kinds. */
  recipientName: optionalText(200),
  meetingDate: optionalDate,
  author: optionalText(200),
  memoDate: isoDate,
  summary: richText(),
  background: richText(),
  options: z.array(memoOptionInput).max(10).default([]),
  economyText: richText(),
  economy: economyInput.default({ columns: [], rows: [], note: null }),
  consequences: richText(),
  /** Each completes "Det indstilles, at …". */
  recommendations: z.array(requiredText(2000)).max(20).default([]),
  attachments: z.array(requiredText(300)).max(40).default([]),
  /** The user confirmed that another memo of the same year may carry the same case number. Not stored. */
  confirmDuplicateCaseNumber: z.boolean().optional(),
}).refine((m) => !((m.recipientKind === 'standing_committee' || m.recipientKind === 'other') && !m.recipientName), {
  message: 'Skriv hvilket udvalg eller hvem oplægget er til',
  path: ['recipientName'],
});
export type MemoInput = z.input<typeof memoInput>;
export type MemoContent = z.output<typeof memoInput>;

export const updateMemo = z.strictObject({ id, version: baseVersion, data: memoInput });
export const memoListQuery = z.strictObject({
  search: text(200).optional(),
  status: z.enum(memoStatuses).nullable().optional(),
  awaitingOnly: z.boolean().optional(),
  ...paging,
});
/** State changes carry the memo's version as the user saw it, like an edit. */
export const memoStatusInput = z.strictObject({ id, version: baseVersion, status: z.enum(['draft', 'review']) });
export const sendMemoInput = z.strictObject({ id, version: baseVersion, sentOn: optionalDate });

export const decisionInput = z.strictObject({
  date: isoDate,
  body: requiredText(200),
  outcome: z.enum(decisionOutcomes),
  text: richText(10_000),
});
export const decideMemoInput = z.strictObject({ id, version: baseVersion, decision: decisionInput });
export type DecisionInput = z.input<typeof decisionInput>;

export const memoVersionRef = z.strictObject({ memoId: id, number: z.number().int().positive() });
export const memoPdfInput = z.strictObject({ id, version: z.number().int().positive().nullable().optional(), language: z.enum(['da', 'en']).optional() });

export const memoLinkInput = z.strictObject({
  memoId: id,
  targetKind: z.enum(memoLinkKinds),
  targetId: id,
  /** Shown until the target's own feature can name it. */
  label: requiredText(300),
});

export interface MemoHeader {
  id: number;
  title: string;
  caseNumber: string | null;
  recipientKind: RecipientKind;
  recipientName: string | null;
  meetingDate: string | null;
  author: string | null;
  memoDate: string;
  status: MemoStatus;
  /** Number of the last frozen (sent) version; 0 before the first send. */
  sentVersion: number;
  /** The working copy differs from the last sent version (it will become version sentVersion + 1). */
  hasUnsentChanges: boolean;
}

export interface MemoSummary extends MemoHeader {
  awaitingDecision: boolean;
  outcome: DecisionOutcome | null;
  updatedAt: string;
}

export interface MemoDecision {
  date: string;
  body: string;
  outcome: DecisionOutcome;
  text: string;
  recordedAt: string;
  /** What approving changed elsewhere (e.g. initiatives moved to "decided"); undone with the decision. */
  effects: MemoDecisionEffect[];
}

export interface MemoDecisionEffect {
  kind: MemoLinkKind;
  targetId: number;
  label: string;
  from: string;
  to: string;
}

export interface MemoLink {
  id: number;
  targetKind: MemoLinkKind;
  targetId: number;
  label: string;
  /** The linked initiative, meeting or decision was deleted (or its meeting is in the trash). */
  deleted: boolean;
}

export interface MemoVersionSummary {
  number: number;
  sentOn: string;
  title: string;
}

export interface MemoVersion extends MemoVersionSummary {
  memoId: number;
  header: MemoHeader;
  content: MemoContent;
}

export interface Memo extends MemoHeader, VersionInfo {
  content: MemoContent;
  decision: MemoDecision | null;
  versions: MemoVersionSummary[];
  links: MemoLink[];
  createdAt: string;
  updatedAt: string;
}

export interface EconomyTotals {
  rowTotals: number[];
  columnTotals: number[];
  grandTotal: number;
}

/** Row, column and grand totals; the screen and the PDF both use this one function. */
export function economyTotals(e: { columns: string[]; rows: { amounts: (number | null)[] }[] }): EconomyTotals {
  const rowTotals = e.rows.map((r) => r.amounts.reduce<number>((s, a) => s + (a ?? 0), 0));
  const columnTotals = e.columns.map((_, i) => e.rows.reduce((s, r) => s + (r.amounts[i] ?? 0), 0));
  return { rowTotals, columnTotals, grandTotal: rowTotals.reduce((s, n) => s + n, 0) };
}
