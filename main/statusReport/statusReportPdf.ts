import type { FileResult, Goal, GoalStatus } from '../../preload/contract';
import { integer, kroner, longDate, percent, type DocLanguage } from '../documents/format';
import { fill, textsFor } from '../documents/texts';
import { COLORS, contentWidth, createPdf, ensureSpace, FONTS, heading, keyValues, longTable, oneLine, paragraph, pdfFile, table, type Pdf } from '../documents/pdf';
import { createYielder } from '../app/longWork';
import type { Letterhead } from '../houseStyle/letterhead';
import { labelsFor, levelText, targetText, unitValue } from './labels';
import { NO_FUNDING } from './noFunding';
import type { StatusReportData, TrackSummary } from './reportData';
import { reportFileName, reportTitle } from './reportTitle';

/** The reader's language and its words, handed to every part of the report. */
interface Words {
  lang: DocLanguage;
  t: ReturnType<typeof textsFor>['documents']['report'];
  total: string;
  labels: ReturnType<typeof labelsFor>;
}

const STATUS_FILL: Record<GoalStatus, string> = { on_track: '#2f8f4e', at_risk: '#d99a00', off_track: '#c0392b', no_data: '#9aa1ab' };

function cover(doc: Pdf, d: StatusReportData, made: string, { lang, t }: Words) {
  const left = doc.page.margins.left;
  const w = contentWidth(doc);
  doc.rect(left, 150, 6, 150).fill(COLORS.accent);
  doc.fillColor(COLORS.muted).font(FONTS.regular).fontSize(12).text(d.partnership, left + 22, 150, { width: w - 22 });
  if (d.municipality) doc.text(d.municipality, { width: w - 22 });
  doc.moveDown(1.2).fillColor(COLORS.accent).font(FONTS.bold).fontSize(30).text(reportTitle(d, lang), { width: w - 22 });
  doc.moveDown(0.6).fillColor(COLORS.ink).font(FONTS.regular).fontSize(12);
  doc.text(fill(t.period, { from: longDate(d.fromDate, lang), to: longDate(d.toDate, lang) }), { width: w - 22 });
  doc.text(fill(t.asOf, { date: longDate(d.asOf, lang) }), { width: w - 22 });
  doc.y = 380;
  doc.x = left;
  doc.font(FONTS.bold).fontSize(12).fillColor(COLORS.accent).text(t.contents, left);
  doc.moveDown(0.4).font(FONTS.regular).fontSize(11).fillColor(COLORS.ink);
  [t.sSummaries, t.sGoals, t.sKeyFigures, t.sEconomy, t.sNotes].forEach((l) => doc.text(l, left, undefined, { lineGap: 3 }));
  doc.font(FONTS.regular).fontSize(10).fillColor(COLORS.muted).text(fill(t.made, { date: longDate(made, lang) }), left, doc.page.height - doc.page.margins.bottom - 30, { width: w });
  doc.fillColor(COLORS.ink);
}

/** The track's figures as label/value lines: initiatives by status, budget, goals by status. */
function trackFacts(s: TrackSummary, { lang, t, labels }: Words): [string, string][] {
  const parts = (Object.entries(s.byStatus) as [keyof typeof labels.status, number][]).filter(([, n]) => n > 0).map(([k, n]) => `${integer(n, lang)} ${labels.status[k].toLowerCase()}`);
  const goalParts = (['on_track', 'at_risk', 'off_track', 'no_data'] as const).filter((k) => s.goals[k] > 0).map((k) => `${integer(s.goals[k], lang)} ${labels.goalStatus[k].toLowerCase()}`);
  const facts: [string, string][] = [];
  if (s.track) {
    facts.push([t.initiatives, s.initiatives ? `${integer(s.initiatives, lang)}${parts.length ? ` (${parts.join(', ')})` : ''}` : t.noneInPeriod]);
    facts.push([t.budgetInPeriod, kroner(s.budget, lang)]);
  }
  facts.push([t.goals, goalParts.length ? goalParts.join(', ') : t.noGoalsOnTrack]);
  return facts;
}

async function summaries(doc: Pdf, d: StatusReportData, tick: () => Promise<void>, words: Words) {
  const { lang, t, labels } = words;
  heading(doc, t.sSummaries);
  for (const s of d.summaries) {
    heading(doc, s.track?.name ?? t.partnershipWide, 2);
    keyValues(doc, trackFacts(s, words), 120);
    const rows = d.initiatives.filter((i) => s.track && i.track.id === s.track.id);
    if (rows.length) {
      await longTable(
        doc,
        [
          { header: t.initiative, width: 4 },
          { header: t.targetGroups, width: 2 },
          { header: t.status, width: 1.6 },
          { header: t.budgetInPeriod, width: 1.8, align: 'right' },
        ],
        rows.map((i) => [i.name, i.targetGroups.map((g) => g.name).join(', ') || '–', labels.status[i.statusAtEnd], kroner(i.budgetInPeriod, lang)]),
        tick,
      );
    }
  }
}

/** A line that does not break: drawn without the line wrapper when it fits, as before when it does not. */
function drawLine(doc: Pdf, text: string, x: number, y: number, width: number, align: 'left' | 'right' | 'center') {
  if (!oneLine(doc, text, x, y, width, align)) doc.text(text, x, y, { width, align, lineBreak: false });
}

/** One goal: text, a progress bar with the straight-line expectation as a tick, and the status. */
function goalBlock(doc: Pdf, g: Goal, { lang, t, labels }: Words) {
  ensureSpace(doc, 110);
  const left = doc.page.margins.left;
  const w = contentWidth(doc);
  const p = g.progress;
  doc.font(FONTS.bold).fontSize(11).fillColor(COLORS.ink).text(g.name, left, undefined, { width: w - 110 });
  const titleTop = doc.y;
  doc.font(FONTS.regular).fontSize(9).fillColor(COLORS.muted).text(`${labels.goalKind[g.kind]} · ${levelText(g, lang)}`, left, undefined, { width: w - 110 });
  const afterLevel = doc.y; // a long level wraps: the bar goes below its last line
  // status pill, right-aligned on the title line
  const pillW = 100;
  const pillY = titleTop - 14;
  doc.roundedRect(left + w - pillW, pillY, pillW, 16, 8).fill(STATUS_FILL[p.status]);
  doc.font(FONTS.bold).fontSize(8.5).fillColor('#ffffff');
  drawLine(doc, labels.goalStatus[p.status], left + w - pillW, pillY + 4, pillW, 'center');
  doc.x = left;
  doc.y = Math.max(afterLevel, pillY + 20) + 4;

  const barY = doc.y;
  const barH = 12;
  doc.rect(left, barY, w, barH).fill('#e6e9ee');
  const share = Math.max(0, Math.min(1, p.progress ?? 0));
  if (share > 0) doc.rect(left, barY, w * share, barH).fill(STATUS_FILL[p.status]);
  const tickX = left + w * p.expected;
  doc.moveTo(tickX, barY - 3).lineTo(tickX, barY + barH + 3).lineWidth(1.4).strokeColor(COLORS.ink).stroke();
  doc.rect(left, barY, w, barH).lineWidth(0.5).strokeColor(COLORS.rule).stroke();
  doc.y = barY + barH + 5;
  doc.font(FONTS.regular).fontSize(8.5).fillColor(COLORS.muted);
  const rowY = doc.y;
  drawLine(doc, fill(t.baseline, { value: unitValue(g.unit, g.baselineValue, lang), date: longDate(g.baselineDate, lang) }), left, rowY, w / 2, 'left');
  drawLine(doc, fill(t.target, { value: targetText(g, lang), date: longDate(g.targetDate, lang) }), left + w / 2, rowY, w / 2, 'right');
  doc.y = rowY + 13;
  doc.font(FONTS.regular).fontSize(9.5).fillColor(COLORS.ink);
  const latest = p.latest
    ? fill(t.latest, {
        value: unitValue(g.unit, p.latest.value, lang),
        date: longDate(p.latest.date, lang),
        source: p.latest.source ? `, ${p.latest.source}` : '',
        progress: percent((p.progress ?? 0) * 100, lang),
        expected: percent(p.expected * 100, lang),
      })
    : fill(t.noMeasurements, { expected: percent(p.expected * 100, lang) });
  doc.text(latest, left, undefined, { width: w });
  doc.moveDown(1.1);
}

function ageBands(doc: Pdf, d: StatusReportData, { lang, t }: Words) {
  if (d.ageBands.length === 0) return;
  ensureSpace(doc, 80 + 20 * d.ageBands.length);
  heading(doc, t.byTargetGroup, 2);
  paragraph(doc, t.byTargetGroupNote, { muted: true });
  table(
    doc,
    [{ header: t.targetGroup, width: 3 }, { header: t.initiatives, width: 1.3, align: 'right' }, { header: t.running, width: 1.5, align: 'right' }, { header: t.budgetInPeriod, width: 2, align: 'right' }],
    d.ageBands.map((r) => [r.targetGroup, integer(r.initiatives, lang), integer(r.running, lang), kroner(r.budget, lang)]),
  );
}

async function goals(doc: Pdf, d: StatusReportData, tick: () => Promise<void>, words: Words) {
  const { lang, t } = words;
  ensureSpace(doc, 220);
  heading(doc, t.sGoals);
  paragraph(doc, fill(t.goalsIntro, { date: longDate(d.asOf, lang) }), { muted: true });
  if (d.goals.length === 0) paragraph(doc, t.noGoals);
  for (const g of d.goals) {
    goalBlock(doc, g, words);
    await tick();
  }
}

function keyFigures(doc: Pdf, d: StatusReportData, { lang, t }: Words) {
  ensureSpace(doc, 150); // the heading together with the first track's table
  heading(doc, t.sKeyFigures);
  if (d.keyFigures.length === 0) paragraph(doc, t.noKeyFigures);
  const years = d.keyFigureYears;
  const last = years[years.length - 1]!;
  for (const track of d.tracks) {
    const rows = d.keyFigures.filter((k) => k.trackId === track.id);
    if (!rows.length) continue;
    ensureSpace(doc, 70 + 20 * rows.length);
    heading(doc, track.name, 2);
    table(
      doc,
      [{ header: t.keyFigure, width: 4 }, ...years.map((y) => ({ header: String(y), width: 1.2, align: 'right' as const })), { header: fill(t.changeFrom, { year: last - 1 }), width: 1.8, align: 'right' }],
      rows.map((r) => {
        const lastYear = r.years.find((y) => y.year === last);
        const change = lastYear?.change;
        const pct = lastYear?.changePercent;
        const changeText = change == null ? '–' : `${change > 0 ? '+' : ''}${integer(change, lang)}${pct == null ? '' : ` (${pct > 0 ? '+' : ''}${percent(pct, lang)})`}`;
        return [r.name, ...years.map((y) => { const v = r.years.find((x) => x.year === y)?.value; return v == null ? '–' : integer(v, lang); }), changeText];
      }),
    );
  }
}

function economy(doc: Pdf, d: StatusReportData, { lang, t, total }: Words) {
  ensureSpace(doc, 90 + 20 * Math.min(d.funding.length, 20));
  heading(doc, t.sEconomy);
  if (d.funding.length === 0) {
    paragraph(doc, t.noBudget);
    return;
  }
  table(
    doc,
    [{ header: t.year, width: 0.8 }, { header: t.fundingSource, width: 4 }, { header: t.initiatives, width: 1.2, align: 'right' }, { header: t.amount, width: 2, align: 'right' }],
    [
      ...d.funding.map((f) => [String(f.year), f.fundingSource === NO_FUNDING ? t.notFunded : f.fundingSource, integer(f.initiatives, lang), kroner(f.amount, lang)]),
      [total, '', '', kroner(d.funding.reduce((s, f) => s + f.amount, 0), lang)],
    ],
    { boldLastRow: true },
  );
}

export async function statusReportPdf(d: StatusReportData, rule: string, made: string, letterhead?: Letterhead, lang: DocLanguage = 'da'): Promise<FileResult> {
  const texts = textsFor(lang).documents;
  const words: Words = { lang, t: texts.report, total: texts.common.total, labels: labelsFor(lang) };
  const { doc, finish } = await createPdf({ title: reportTitle(d, lang), partnership: d.partnership, language: lang, letterhead });
  cover(doc, d, made, words);
  doc.addPage();
  // A year of a region is a hundred pages: the event loop gets a turn between rows and goals.
  const tick = createYielder();
  await summaries(doc, d, tick, words);
  ageBands(doc, d, words);
  await goals(doc, d, tick, words);
  keyFigures(doc, d, words);
  economy(doc, d, words);
  heading(doc, words.t.sNotes);
  paragraph(doc, rule, { muted: true });
  paragraph(doc, words.t.method, { muted: true });
  return pdfFile(await finish(), reportFileName(d, 'pdf', lang));
}
