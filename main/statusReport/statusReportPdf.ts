import type { FileResult, Goal, GoalStatus } from '../../preload/contract';
import { integer, kroner, longDate, percent } from '../documents/format';
import { COLORS, contentWidth, createPdf, ensureSpace, FONTS, heading, keyValues, longTable, paragraph, pdfFile, table, type Pdf } from '../documents/pdf';
import { createYielder } from '../app/longWork';
import type { Letterhead } from '../houseStyle/letterhead';
import { goalKindLabel, goalStatusLabel, levelText, statusLabel, targetText, unitValue } from './labels';
import type { StatusReportData, TrackSummary } from './reportData';
import { reportFileName, reportTitle } from './reportTitle';

const STATUS_FILL: Record<GoalStatus, string> = { on_track: '#2f8f4e', at_risk: '#d99a00', off_track: '#c0392b', no_data: '#9aa1ab' };

function cover(doc: Pdf, d: StatusReportData, made: string) {
  const left = doc.page.margins.left;
  const w = contentWidth(doc);
  doc.rect(left, 150, 6, 150).fill(COLORS.accent);
  doc.fillColor(COLORS.muted).font(FONTS.regular).fontSize(12).text(d.partnership, left + 22, 150, { width: w - 22 });
  if (d.municipality) doc.text(d.municipality, { width: w - 22 });
  doc.moveDown(1.2).fillColor(COLORS.accent).font(FONTS.bold).fontSize(30).text(reportTitle(d), { width: w - 22 });
  doc.moveDown(0.6).fillColor(COLORS.ink).font(FONTS.regular).fontSize(12);
  doc.text(`Periode: ${longDate(d.fromDate)} – ${longDate(d.toDate)}`, { width: w - 22 });
  doc.text(`Status opgjort pr. ${longDate(d.asOf)}`, { width: w - 22 });
  doc.y = 380;
  doc.x = left;
  doc.font(FONTS.bold).fontSize(12).fillColor(COLORS.accent).text('Indhold', left);
  doc.moveDown(0.4).font(FONTS.regular).fontSize(11).fillColor(COLORS.ink);
  ['1. Sammenfatning pr. spor', '2. Mål', '3. Nøgletal pr. spor', '4. Økonomi', 'Noter om beregninger'].forEach((l) => doc.text(l, left, undefined, { lineGap: 3 }));
  doc.font(FONTS.regular).fontSize(10).fillColor(COLORS.muted).text(`Udarbejdet af sekretariatet ${longDate(made)} med Samspil.`, left, doc.page.height - doc.page.margins.bottom - 30, { width: w });
  doc.fillColor(COLORS.ink);
}

/** The track's figures as label/value lines: initiatives by status, budget, goals by status. */
function trackFacts(s: TrackSummary): [string, string][] {
  const parts = (Object.entries(s.byStatus) as [keyof typeof statusLabel, number][]).filter(([, n]) => n > 0).map(([k, n]) => `${integer(n)} ${statusLabel[k].toLowerCase()}`);
  const goalParts = (['on_track', 'at_risk', 'off_track', 'no_data'] as const).filter((k) => s.goals[k] > 0).map((k) => `${integer(s.goals[k])} ${goalStatusLabel[k].toLowerCase()}`);
  const facts: [string, string][] = [];
  if (s.track) {
    facts.push(['Indsatser', s.initiatives ? `${integer(s.initiatives)}${parts.length ? ` (${parts.join(', ')})` : ''}` : 'Ingen i perioden']);
    facts.push(['Budget i perioden', kroner(s.budget)]);
  }
  facts.push(['Mål', goalParts.length ? goalParts.join(', ') : 'Ingen mål knyttet til sporet']);
  return facts;
}

async function summaries(doc: Pdf, d: StatusReportData, tick: () => Promise<void>) {
  heading(doc, '1. Sammenfatning pr. spor');
  for (const s of d.summaries) {
    heading(doc, s.track?.name ?? 'Partnerskabet (tværgående mål)', 2);
    keyValues(doc, trackFacts(s), 120);
    const rows = d.initiatives.filter((i) => s.track && i.track.id === s.track.id);
    if (rows.length) {
      await longTable(
        doc,
        [
          { header: 'Indsats', width: 4 },
          { header: 'Målgrupper', width: 2 },
          { header: 'Status', width: 1.6 },
          { header: 'Budget i perioden', width: 1.8, align: 'right' },
        ],
        rows.map((i) => [i.name, i.targetGroups.map((g) => g.name).join(', ') || '–', statusLabel[i.statusAtEnd], kroner(i.budgetInPeriod)]),
        tick,
      );
    }
  }
}

/** One goal: text, a progress bar with the straight-line expectation as a tick, and the status. */
function goalBlock(doc: Pdf, g: Goal) {
  ensureSpace(doc, 110);
  const left = doc.page.margins.left;
  const w = contentWidth(doc);
  const p = g.progress;
  doc.font(FONTS.bold).fontSize(11).fillColor(COLORS.ink).text(g.name, left, undefined, { width: w - 110 });
  const titleTop = doc.y;
  doc.font(FONTS.regular).fontSize(9).fillColor(COLORS.muted).text(`${goalKindLabel[g.kind]} · ${levelText(g)}`, left, undefined, { width: w - 110 });
  // status pill, right-aligned on the title line
  const pillW = 100;
  const pillY = titleTop - 14;
  doc.roundedRect(left + w - pillW, pillY, pillW, 16, 8).fill(STATUS_FILL[p.status]);
  doc.font(FONTS.bold).fontSize(8.5).fillColor('#ffffff').text(goalStatusLabel[p.status], left + w - pillW, pillY + 4, { width: pillW, align: 'center', lineBreak: false });
  doc.x = left;
  doc.y = Math.max(doc.y, pillY + 20) + 4;

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
  doc.text(`Baseline ${unitValue(g.unit, g.baselineValue)} (${longDate(g.baselineDate)})`, left, rowY, { width: w / 2, lineBreak: false });
  doc.text(`Mål ${targetText(g)} (${longDate(g.targetDate)})`, left + w / 2, rowY, { width: w / 2, align: 'right', lineBreak: false });
  doc.y = rowY + 13;
  doc.font(FONTS.regular).fontSize(9.5).fillColor(COLORS.ink);
  const latest = p.latest
    ? `Seneste måling: ${unitValue(g.unit, p.latest.value)} (${longDate(p.latest.date)}${p.latest.source ? `, ${p.latest.source}` : ''}). Fremdrift ${percent((p.progress ?? 0) * 100)} af vejen; den rette linje forventer ${percent(p.expected * 100)}.`
    : `Ingen målinger endnu. Den rette linje forventer ${percent(p.expected * 100)} af vejen.`;
  doc.text(latest, left, undefined, { width: w });
  doc.moveDown(1.1);
}

function ageBands(doc: Pdf, d: StatusReportData) {
  if (d.ageBands.length === 0) return;
  ensureSpace(doc, 80 + 20 * d.ageBands.length);
  heading(doc, 'Indsatser pr. målgruppe', 2);
  paragraph(doc, 'En indsats med flere målgrupper tælles med under hver af dem.', { muted: true });
  table(
    doc,
    [{ header: 'Målgruppe', width: 3 }, { header: 'Indsatser', width: 1.3, align: 'right' }, { header: 'Heraf i gang', width: 1.5, align: 'right' }, { header: 'Budget i perioden', width: 2, align: 'right' }],
    d.ageBands.map((r) => [r.targetGroup, integer(r.initiatives), integer(r.running), kroner(r.budget)]),
  );
}

async function goals(doc: Pdf, d: StatusReportData, tick: () => Promise<void>) {
  ensureSpace(doc, 220);
  heading(doc, '2. Mål');
  paragraph(doc, `Fremdrift pr. ${longDate(d.asOf)}. Søjlen viser, hvor stor en del af vejen fra baseline til mål der er tilbagelagt; den lodrette streg viser, hvor den rette linje fra baseline til mål er på opgørelsesdagen.`, { muted: true });
  if (d.goals.length === 0) paragraph(doc, 'Der er ikke registreret mål.');
  for (const g of d.goals) {
    goalBlock(doc, g);
    await tick();
  }
}

function keyFigures(doc: Pdf, d: StatusReportData) {
  ensureSpace(doc, 150); // the heading together with the first track's table
  heading(doc, '3. Nøgletal pr. spor');
  if (d.keyFigures.length === 0) paragraph(doc, 'Der er ikke registreret nøgletal.');
  const years = d.keyFigureYears;
  const last = years[years.length - 1]!;
  for (const track of d.tracks) {
    const rows = d.keyFigures.filter((k) => k.trackId === track.id);
    if (!rows.length) continue;
    ensureSpace(doc, 70 + 20 * rows.length);
    heading(doc, track.name, 2);
    table(
      doc,
      [{ header: 'Nøgletal', width: 4 }, ...years.map((y) => ({ header: String(y), width: 1.2, align: 'right' as const })), { header: `Ændring fra ${last - 1}`, width: 1.8, align: 'right' }],
      rows.map((r) => {
        const lastYear = r.years.find((y) => y.year === last);
        const change = lastYear?.change;
        const pct = lastYear?.changePercent;
        const changeText = change == null ? '–' : `${change > 0 ? '+' : ''}${integer(change)}${pct == null ? '' : ` (${pct > 0 ? '+' : ''}${percent(pct)})`}`;
        return [r.name, ...years.map((y) => { const v = r.years.find((x) => x.year === y)?.value; return v == null ? '–' : integer(v); }), changeText];
      }),
    );
  }
}

function economy(doc: Pdf, d: StatusReportData) {
  ensureSpace(doc, 90 + 20 * Math.min(d.funding.length, 20));
  heading(doc, '4. Økonomi');
  if (d.funding.length === 0) {
    paragraph(doc, 'Der er ikke registreret budget for perioden.');
    return;
  }
  table(
    doc,
    [{ header: 'År', width: 0.8 }, { header: 'Finansieringskilde', width: 4 }, { header: 'Indsatser', width: 1.2, align: 'right' }, { header: 'Beløb', width: 2, align: 'right' }],
    [...d.funding.map((f) => [String(f.year), f.fundingSource, integer(f.initiatives), kroner(f.amount)]), ['I alt', '', '', kroner(d.funding.reduce((s, f) => s + f.amount, 0))]],
    { boldLastRow: true },
  );
}

export async function statusReportPdf(d: StatusReportData, rule: string, made: string, letterhead?: Letterhead): Promise<FileResult> {
  const { doc, finish } = createPdf({ title: reportTitle(d), partnership: d.partnership, letterhead });
  cover(doc, d, made);
  doc.addPage();
  // A year of a region is a hundred pages: the event loop gets a turn between rows and goals.
  const tick = createYielder();
  await summaries(doc, d, tick);
  ageBands(doc, d);
  await goals(doc, d, tick);
  keyFigures(doc, d);
  economy(doc, d);
  heading(doc, 'Noter om beregninger');
  paragraph(doc, rule, { muted: true });
  paragraph(doc, 'Indsatser medtages, når deres periode overlapper rapportperioden, med den status de havde på opgørelsesdagen. Budget er budgetlinjerne for årene i perioden. Nøgletal sammenlignes med året før.', { muted: true });
  return pdfFile(await finish(), reportFileName(d, 'pdf'));
}
