import type ExcelJS from 'exceljs';
import { createYielder } from '../app/longWork';
import type { FileResult, Goal, KeyFigureRow } from '../../preload/contract';
import { longDate, type DocLanguage } from '../documents/format';
import { fill, textsFor } from '../documents/texts';
import { addLongTableSheet, addTableSheet, headerText, newWorkbook, workbookFile, type SheetColumn } from '../documents/xlsx';
import { addWorkbookLetterhead } from '../documents/xlsxLetterhead';
import type { Letterhead } from '../houseStyle/letterhead';
import type { ActionItemRow } from './actionItems';
import { labelsFor, levelText, XLSX_FORMAT, xlsxValue } from './labels';
import { NO_FUNDING } from './noFunding';
import type { FundingRow, ReportInitiative, StatusReportData, TrackSummary } from './reportData';
import { reportFileName, reportTitle } from './reportTitle';

const KR = '#,##0 "kr."';
const INT = '#,##0';
const PCT = '0.0 %';
interface Words {
  lang: DocLanguage;
  t: ReturnType<typeof textsFor>['documents']['report'];
  common: ReturnType<typeof textsFor>['documents']['common'];
  labels: ReturnType<typeof labelsFor>;
}

type Tick = () => Promise<void>;

const STATUS_COLORS = { on_track: 'FFC6EFCE', at_risk: 'FFFFEB9C', off_track: 'FFFFC7CE' } as const;

function printSetup(ws: ExcelJS.Worksheet, d: StatusReportData, made: string, { lang, t, common }: Words) {
  if (ws.name !== t.notesSheet) {
    ws.getRow(1).alignment = { vertical: 'middle', wrapText: true };
    ws.getRow(1).height = 30;
  }
  ws.headerFooter = {
    oddHeader: `&L&B${headerText(d.partnership)}&R${headerText(`${reportTitle(d, lang)} – ${ws.name}`)}`,
    oddFooter: `&L${headerText(fill(common.printed, { date: longDate(made, lang) }))}&R${fill(common.page, { n: '&P', count: '&N' })}`,
  };
}

function totalRow(ws: ExcelJS.Worksheet, values: (string | number)[], fmts: (string | undefined)[] = []) {
  const row = ws.addRow(values);
  row.font = { bold: true };
  row.border = { top: { style: 'thin' } };
  fmts.forEach((f, i) => f && (row.getCell(i + 1).numFmt = f));
}

function overview(wb: ExcelJS.Workbook, d: StatusReportData, { lang, t, common, labels }: Words) {
  const status = (s: keyof TrackSummary['byStatus']): SheetColumn<TrackSummary> => ({ header: labels.status[s], width: 11, value: (r) => r.byStatus[s], numFmt: INT });
  const goal = (s: keyof TrackSummary['goals'], header: string): SheetColumn<TrackSummary> => ({ header, width: 13, value: (r) => r.goals[s], numFmt: INT });
  const cols: SheetColumn<TrackSummary>[] = [
    { header: t.track, width: 30, value: (r) => r.track?.name ?? t.partnershipWide },
    { header: t.initiatives, width: 11, value: (r) => r.initiatives, numFmt: INT },
    status('idea'), status('proposed'), status('decided'), status('running'), status('completed'), status('stopped'),
    { header: t.budgetInPeriod, width: 18, value: (r) => r.budget, numFmt: KR },
    goal('on_track', t.goalsOnTrack), goal('at_risk', t.goalsAtRisk), goal('off_track', t.goalsOffTrack), goal('no_data', t.goalsNoData),
  ];
  const ws = addTableSheet(wb, t.overview, cols, d.summaries, reportTitle(d, lang));
  const sum = (f: (r: TrackSummary) => number) => d.summaries.reduce((s, r) => s + f(r), 0);
  totalRow(
    ws,
    [common.total, ...cols.slice(1).map((c) => sum((r) => Number(c.value(r))))],
    cols.map((c) => (typeof c.numFmt === 'string' ? c.numFmt : undefined)),
  );
  return ws;
}

function initiativesSheet(wb: ExcelJS.Workbook, d: StatusReportData, { lang, t, labels }: Words, tick: Tick) {
  return addLongTableSheet<ReportInitiative>(wb, t.initiatives, [
    { header: t.initiative, width: 40, value: (i) => i.name },
    { header: t.track, width: 22, value: (i) => i.track.name },
    { header: t.targetGroups, width: 20, value: (i) => i.targetGroups.map((g) => g.name).join(', ') },
    { header: t.status, width: 12, value: (i) => labels.status[i.statusAtEnd] },
    { header: t.statusSince, width: 13, value: (i) => excelDate(i.statusAtEndDate), numFmt: 'dd-mm-yyyy' },
    { header: t.owner, width: 30, value: (i) => i.ownerOrganisation?.name ?? null },
    { header: t.partners, width: 36, value: (i) => i.partnerOrganisations.map((p) => p.name).join(', ') },
    { header: t.contact, width: 22, value: (i) => i.contactPerson?.name ?? null },
    { header: t.start, width: 12, value: (i) => excelDate(i.startDate), numFmt: 'dd-mm-yyyy' },
    { header: t.end, width: 12, value: (i) => excelDate(i.endDate), numFmt: 'dd-mm-yyyy' },
    { header: t.budgetInPeriod, width: 18, value: (i) => i.budgetInPeriod, numFmt: KR },
  ], d.initiatives, reportTitle(d, lang), tick);
}

/** Dates as real Excel dates (serial numbers), so they sort and filter as dates. */
function excelDate(iso: string | null): number | null {
  if (!iso) return null;
  return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000 + 25_569;
}

function goalsSheet(wb: ExcelJS.Workbook, d: StatusReportData, { lang, t, labels }: Words) {
  const fmt = (g: Goal) => XLSX_FORMAT[g.unit];
  const goalStatusLabel = labels.goalStatus;
  const ws = addTableSheet<Goal>(wb, t.goalsSheet, [
    { header: t.goal, width: 56, value: (g) => g.name },
    { header: t.kind, width: 14, value: (g) => labels.goalKind[g.kind] },
    { header: t.level, width: 40, value: (g) => levelText(g, lang) },
    { header: t.baselineCol, width: 12, value: (g) => xlsxValue(g.unit, g.baselineValue), numFmt: fmt },
    { header: t.baselineDate, width: 13, value: (g) => excelDate(g.baselineDate), numFmt: 'dd-mm-yyyy' },
    { header: t.targetCol, width: 12, value: (g) => xlsxValue(g.unit, g.targetValue), numFmt: fmt },
    { header: t.targetMax, width: 14, value: (g) => (g.targetMax === null ? null : xlsxValue(g.unit, g.targetMax)), numFmt: fmt },
    { header: t.targetDate, width: 13, value: (g) => excelDate(g.targetDate), numFmt: 'dd-mm-yyyy' },
    { header: t.latestCol, width: 14, value: (g) => (g.progress.latest ? xlsxValue(g.unit, g.progress.latest.value) : null), numFmt: fmt },
    { header: t.measured, width: 13, value: (g) => excelDate(g.progress.latest?.date ?? null), numFmt: 'dd-mm-yyyy' },
    { header: t.progress, width: 16, value: (g) => g.progress.progress, numFmt: PCT },
    { header: t.expected, width: 11, value: (g) => g.progress.expected, numFmt: PCT },
    { header: t.signal, width: 8, value: (g) => ({ on_track: 3, at_risk: 2, off_track: 1, no_data: null })[g.progress.status] },
    { header: t.status, width: 16, value: (g) => goalStatusLabel[g.progress.status] },
  ], d.goals, reportTitle(d, lang));
  const last = Math.max(2, d.goals.length + 1);
  ws.addConditionalFormatting({
    ref: `K2:K${last}`,
    rules: [{ type: 'dataBar', priority: 1, minLength: 0, maxLength: 100, cfvo: [{ type: 'num', value: 0 }, { type: 'num', value: 1 }], color: { argb: 'FF5B9BD5' } } as unknown as ExcelJS.ConditionalFormattingRule],
  });
  ws.addConditionalFormatting({
    ref: `M2:M${last}`,
    rules: [{ type: 'iconSet', priority: 2, iconSet: '3TrafficLights1', showValue: false, cfvo: [{ type: 'num', value: 0 }, { type: 'num', value: 2 }, { type: 'num', value: 3 }] } as unknown as ExcelJS.ConditionalFormattingRule],
  });
  ws.addConditionalFormatting({
    ref: `N2:N${last}`,
    rules: (['on_track', 'at_risk', 'off_track'] as const).map((s, i) => ({
      type: 'containsText', operator: 'containsText', text: goalStatusLabel[s], priority: 3 + i,
      style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: STATUS_COLORS[s] } } },
    })) as ExcelJS.ConditionalFormattingRule[],
  });
  const notes = ws.addRow([]);
  notes.getCell(1).value = fill(t.goalsNote, { date: longDate(d.asOf, lang) });
  notes.getCell(1).font = { italic: true, color: { argb: 'FF5C5F66' } };
  return ws;
}

function keyFigureSheet(wb: ExcelJS.Workbook, d: StatusReportData, { lang, t }: Words) {
  const last = d.keyFigureYears[d.keyFigureYears.length - 1]!;
  const cols: SheetColumn<KeyFigureRow>[] = [
    { header: t.track, width: 24, value: (r) => r.trackName },
    { header: t.keyFigure, width: 40, value: (r) => r.name },
    ...d.keyFigureYears.map((year): SheetColumn<KeyFigureRow> => ({ header: String(year), width: 11, value: (r) => r.years.find((y) => y.year === year)?.value ?? null, numFmt: INT })),
    { header: fill(t.changeFrom, { year: last - 1 }), width: 16, value: (r) => r.years.find((y) => y.year === last)?.change ?? null, numFmt: '+#,##0;-#,##0;0' },
    { header: t.changePercent, width: 13, value: (r) => { const p = r.years.find((y) => y.year === last)?.changePercent; return p == null ? null : p / 100; }, numFmt: '+0.0 %;-0.0 %;0.0 %' },
  ];
  return addTableSheet(wb, t.keyFiguresSheet, cols, d.keyFigures, reportTitle(d, lang));
}

function fundingSheet(wb: ExcelJS.Workbook, d: StatusReportData, { lang, t, common }: Words) {
  const ws = addTableSheet<FundingRow>(wb, t.economySheet, [
    { header: t.year, width: 8, value: (r) => r.year },
    { header: t.fundingSource, width: 36, value: (r) => (r.fundingSource === NO_FUNDING ? t.notFunded : r.fundingSource) },
    { header: t.initiatives, width: 11, value: (r) => r.initiatives, numFmt: INT },
    { header: t.amount, width: 18, value: (r) => r.amount, numFmt: KR },
  ], d.funding, reportTitle(d, lang));
  totalRow(ws, [common.total, '', '', d.funding.reduce((s, r) => s + r.amount, 0)], [undefined, undefined, undefined, KR]);
  return ws;
}

function actionItemSheet(wb: ExcelJS.Workbook, d: StatusReportData, items: ActionItemRow[], { lang, t }: Words, tick: Tick) {
  return addLongTableSheet<ActionItemRow>(wb, t.actionSheet, [
    { header: t.actionItem, width: 50, value: (a) => a.what },
    { header: t.owner, width: 24, value: (a) => a.who },
    { header: t.due, width: 12, value: (a) => excelDate(a.due), numFmt: 'dd-mm-yyyy' },
    { header: t.meeting, width: 30, value: (a) => a.meeting },
    { header: t.meetingDate, width: 12, value: (a) => excelDate(a.meetingDate), numFmt: 'dd-mm-yyyy' },
  ], items, reportTitle(d, lang), tick);
}

function notesSheet(wb: ExcelJS.Workbook, d: StatusReportData, rule: string, { lang, t }: Words) {
  const ws = wb.addWorksheet(t.notesSheet, { pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 } });
  ws.getColumn(1).width = 120;
  const lines = [
    reportTitle(d, lang),
    d.partnership,
    fill(t.notesPeriod, { from: longDate(d.fromDate, lang), to: longDate(d.toDate, lang), date: longDate(d.asOf, lang) }),
    '',
    t.howProgress,
    rule,
    '',
    t.notesInitiatives,
    t.notesKeyFigures,
  ];
  lines.forEach((l, i) => {
    const c = ws.getCell(i + 1, 1);
    c.value = l;
    c.alignment = { wrapText: true, vertical: 'top' };
    if (i === 0) c.font = { bold: true, size: 14, color: { argb: 'FF1F4E79' } };
    if (l === t.howProgress) c.font = { bold: true };
  });
  return ws;
}

export async function statusReportXlsx(d: StatusReportData, rule: string, made: string, letterhead?: Letterhead, lang: DocLanguage = 'da'): Promise<FileResult> {
  const texts = textsFor(lang).documents;
  const words: Words = { lang, t: texts.report, common: texts.common, labels: labelsFor(lang) };
  const wb = await newWorkbook(lang);
  wb.title = reportTitle(d, lang);
  wb.company = d.partnership;
  // One sheet at a time, with a turn for the event loop between them (a year of a region is thousands of rows).
  const tick = createYielder();
  const builders = [overview, initiativesSheet, goalsSheet, keyFigureSheet, fundingSheet];
  const sheets: ExcelJS.Worksheet[] = [];
  for (const build of builders) {
    sheets.push(await build(wb, d, words, tick));
    await tick();
  }
  if (d.actionItems) sheets.push(await actionItemSheet(wb, d, d.actionItems, words, tick));
  sheets.push(notesSheet(wb, d, rule, words));
  for (const ws of sheets) printSetup(ws, d, made, words);
  addWorkbookLetterhead(wb, letterhead);
  return workbookFile(wb, reportFileName(d, 'xlsx', lang));
}
