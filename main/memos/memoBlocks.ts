import type { Database } from '../../db/database';
import { economyTotals, type MemoContent, type MemoDecision, type MemoHeader, type MemoLink } from '../../preload/contract';
import { rich, type DocBlock, type DocModel } from '../documents/blocks';
import { integer, longDate, type DocLanguage } from '../documents/format';
import { getMemoVersion } from './lifecycle';
import { L, recipientLabel, type Labels } from './memoLabels';
import { memoDetail } from './memoRecord';

export interface MemoDoc {
  header: MemoHeader;
  content: MemoContent;
  /** "Version 2, sendt …" or a draft label; drafts get the watermark. */
  versionLabel: string;
  draft: boolean;
  decision: MemoDecision | null;
  links: MemoLink[];
  /** "Beslutningsoplæg – <title> (kladde)" without extension. */
  fileBase: string;
}

const fileBase = (t: Labels, h: { title: string }, suffix: string) => `${t.doc} – ${h.title.replace(/[\\/:*?"<>|]+/g, '-').slice(0, 80)}${suffix}`;

/** The working copy (a draft until sent) or a frozen version exactly as it was sent. */
export async function loadMemoDoc(db: Database, input: { id: number; version?: number | null }, lang: DocLanguage): Promise<MemoDoc> {
  const t = L[lang];
  const memo = await memoDetail(db.ds.manager, input.id);
  if (input.version) {
    const v = await getMemoVersion(db, input.id, input.version);
    return { header: v.header, content: v.content, versionLabel: t.sentVersion(v.number, longDate(v.sentOn, lang)), draft: false, decision: null, links: memo.links, fileBase: fileBase(t, v.header, t.fileVersion(v.number)) };
  }
  const draft = memo.sentVersion === 0 || memo.hasUnsentChanges;
  const lastSent = memo.versions[memo.versions.length - 1];
  const versionLabel = draft ? t.draftVersion(memo.sentVersion + 1) : t.sentVersion(memo.sentVersion, longDate(lastSent!.sentOn, lang));
  return { header: memo, content: memo.content, versionLabel, draft, decision: memo.decision, links: memo.links, fileBase: fileBase(t, memo, draft ? ` (${t.draft.toLowerCase()})` : '') };
}

const section = (title: string, text: string): DocBlock[] => (text.trim() ? [{ kind: 'heading', level: 1, text: title }, ...rich(text)] : []);

function economy(t: Labels, c: MemoContent, lang: DocLanguage): DocBlock[] {
  const e = c.economy;
  if (!c.economyText.trim() && e.rows.length === 0) return [];
  // Keep the heading, the text and a short table together on one PDF page.
  const out: DocBlock[] = [{ kind: 'heading', level: 1, text: t.economy, keepWith: e.rows.length <= 12 ? 140 + e.rows.length * 20 : undefined }, ...rich(c.economyText)];
  if (e.rows.length === 0 || e.columns.length === 0) return out;
  const totals = economyTotals(e);
  const money = (n: number | null) => (n === null ? '' : integer(n, lang));
  const columns = [
    { header: t.amountsIn, width: 3 },
    ...e.columns.map((col) => ({ header: col, width: 1.3, align: 'right' as const })),
    ...(e.columns.length > 1 ? [{ header: t.total, width: 1.4, align: 'right' as const }] : []),
  ];
  const withTotal = (cells: string[], total: number) => (e.columns.length > 1 ? [...cells, integer(total, lang)] : cells);
  const rows = e.rows.map((r, i) => withTotal([r.label, ...r.amounts.map(money)], totals.rowTotals[i]!));
  if (e.rows.length > 1) rows.push(withTotal([t.total, ...totals.columnTotals.map((n) => integer(n, lang))], totals.grandTotal));
  out.push({ kind: 'table', columns, rows, boldLastRow: e.rows.length > 1 });
  if (e.note) out.push({ kind: 'paragraph', text: e.note, tone: 'note' });
  return out;
}

function options(t: Labels, c: MemoContent): DocBlock[] {
  if (c.options.length === 0) return [];
  return [
    { kind: 'heading', level: 1, text: t.options },
    ...c.options.flatMap((o, i): DocBlock[] => [
      { kind: 'heading', level: 2, text: `${t.option(i + 1)}: ${o.title}` },
      ...rich(o.description),
      ...([[t.pros, o.pros], [t.cons, o.cons]] as const).flatMap(([label, text]): DocBlock[] => (text.trim() ? [{ kind: 'label', text: label }, ...rich(text)] : [])),
    ]),
  ];
}

function recommendations(t: Labels, c: MemoContent): DocBlock[] {
  if (c.recommendations.length === 0) return [];
  return [
    { kind: 'heading', level: 1, text: t.recommendation },
    { kind: 'paragraph', text: t.recommendIntro },
    { kind: 'list', ordered: true, items: c.recommendations },
  ];
}

function attachmentsAndLinks(t: Labels, c: MemoContent, links: MemoLink[]): DocBlock[] {
  const out: DocBlock[] = [];
  if (c.attachments.length) out.push({ kind: 'heading', level: 1, text: t.attachments }, { kind: 'facts', rows: c.attachments.map((a, i) => [t.attachment(i + 1), a]) });
  if (links.length) out.push({ kind: 'heading', level: 1, text: t.basis }, { kind: 'facts', rows: links.map((l) => [t.link[l.targetKind], l.deleted ? `${l.label} (${t.deleted})` : l.label]) });
  return out;
}

function decision(t: Labels, d: MemoDecision, lang: DocLanguage): DocBlock[] {
  return [
    { kind: 'heading', level: 1, text: t.decision },
    { kind: 'facts', rows: [[t.date, longDate(d.date, lang)], [t.decidedBy, d.body], [t.outcome, t.outcomes[d.outcome]]] },
    ...rich(d.text),
  ];
}

/** The decision memo as blocks: header, every section, the economy table, the numbered recommendation, the decision when recorded. */
export function memoModel(memo: MemoDoc, partnership: string, lang: DocLanguage): DocModel {
  const t = L[lang];
  const c = memo.content;
  return {
    title: t.doc,
    partnership,
    language: lang,
    watermark: memo.draft ? t.draft : undefined,
    blocks: [
      { kind: 'kicker', text: t.doc },
      { kind: 'title', text: c.title },
      {
        kind: 'facts',
        ruleAbove: true,
        rows: [
          [t.to, recipientLabel(c.recipientKind, c.recipientName, partnership, lang)],
          [t.meeting, c.meetingDate ? longDate(c.meetingDate, lang) : ''],
          [t.caseNo, c.caseNumber ?? ''],
          [t.author, c.author ?? ''],
          [t.date, longDate(c.memoDate, lang)],
          [t.version, memo.versionLabel],
        ],
      },
      ...section(t.summary, c.summary),
      ...section(t.background, c.background),
      ...options(t, c),
      ...economy(t, c, lang),
      ...section(t.consequences, c.consequences),
      ...recommendations(t, c),
      ...attachmentsAndLinks(t, c, memo.links),
      ...(memo.decision ? decision(t, memo.decision, lang) : []),
    ],
  };
}
