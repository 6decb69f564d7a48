import type ExcelJS from 'exceljs';
import { createYielder } from '../app/longWork';
import type { FileResult, Goal, KeyFigureRow } from '../../preload/contract';
import { longDate } from '../documents/format';
import { addTableSheet, headerText, newWorkbook, workbookFile, type SheetColumn } from '../documents/xlsx';
import { addWorkbookLetterhead } from '../documents/xlsxLetterhead';
import type { Letterhead } from '../houseStyle/letterhead';
import type { ActionItemRow } from './actionItems';
import { goalKindLabel, goalStatusLabel, levelText, statusLabel, XLSX_FORMAT, xlsxValue } from './labels';
import type { FundingRow, ReportInitiative, StatusReportData, TrackSummary } from './reportData';
import { reportFileName, reportTitle } from './reportTitle';

const KR = '#,##0 "kr."';
const INT = '#,##0';
const PCT = '0.0 %';
const STATUS_COLORS = { on_track: 'FFC6EFCE', at_risk: 'FFFFEB9C', off_track: 'FFFFC7CE' } as const;

function printSetup(ws: ExcelJS.Worksheet, d: StatusReportData, made: string) {
  if (ws.name !== 'Noter') {
    ws.getRow(1).alignment = { vertical: 'middle', wrapText: true };
    ws.getRow(1).height = 30;
  }
  ws.headerFooter = {
    oddHeader: `&L&B${headerText(d.partnership)}&R${headerText(`${reportTitle(d)} – ${ws.name}`)}`,
    oddFooter: `&LUdskrevet ${longDate(made)}&RSide &P af &N`,
  };
}

function totalRow(ws: ExcelJS.Worksheet, values: (string | number)[], fmts: (string | undefined)[] = []) {
  const row = ws.addRow(values);
  row.font = { bold: true };
  row.border = { top: { style: 'thin' } };
  fmts.forEach((f, i) => f && (row.getCell(i + 1).numFmt = f));
}

function overview(wb: ExcelJS.Workbook, d: StatusReportData) {
  const status = (s: keyof TrackSummary['byStatus']): SheetColumn<TrackSummary> => ({ header: statusLabel[s], width: 11, value: (r) => r.byStatus[s], numFmt: INT });
  const goal = (s: keyof TrackSummary['goals'], header: string): SheetColumn<TrackSummary> => ({ header, width: 13, value: (r) => r.goals[s], numFmt: INT });
  const cols: SheetColumn<TrackSummary>[] = [
    { header: 'Spor', width: 30, value: (r) => r.track?.name ?? 'Partnerskabet (tværgående mål)' },
    { header: 'Indsatser', width: 11, value: (r) => r.initiatives, numFmt: INT },
    status('idea'), status('proposed'), status('decided'), status('running'), status('completed'), status('stopped'),
    { header: 'Budget i perioden', width: 18, value: (r) => r.budget, numFmt: KR },
    goal('on_track', 'Mål på sporet'), goal('at_risk', 'Mål i risiko'), goal('off_track', 'Mål ikke på sporet'), goal('no_data', 'Mål uden målinger'),
  ];
  const ws = addTableSheet(wb, 'Overblik', cols, d.summaries, reportTitle(d));
  const sum = (f: (r: TrackSummary) => number) => d.summaries.reduce((s, r) => s + f(r), 0);
  totalRow(
    ws,
    ['I alt', ...cols.slice(1).map((c) => sum((r) => Number(c.value(r))))],
    cols.map((c) => (typeof c.numFmt === 'string' ? c.numFmt : undefined)),
  );
  return ws;
}

function initiativesSheet(wb: ExcelJS.Workbook, d: StatusReportData) {
  return addTableSheet<ReportInitiative>(wb, 'Indsatser', [
    { header: 'Indsats', width: 40, value: (i) => i.name },
    { header: 'Spor', width: 22, value: (i) => i.track.name },
    { header: 'Målgrupper', width: 20, value: (i) => i.targetGroups.map((g) => g.name).join(', ') },
    { header: 'Status', width: 12, value: (i) => statusLabel[i.statusAtEnd] },
    { header: 'Status siden', width: 13, value: (i) => excelDate(i.statusAtEndDate), numFmt: 'dd-mm-yyyy' },
    { header: 'Ansvarlig', width: 30, value: (i) => i.ownerOrganisation?.name ?? null },
    { header: 'Partnere', width: 36, value: (i) => i.partnerOrganisations.map((p) => p.name).join(', ') },
    { header: 'Kontaktperson', width: 22, value: (i) => i.contactPerson?.name ?? null },
    { header: 'Start', width: 12, value: (i) => excelDate(i.startDate), numFmt: 'dd-mm-yyyy' },
    { header: 'Slut', width: 12, value: (i) => excelDate(i.endDate), numFmt: 'dd-mm-yyyy' },
    { header: 'Budget i perioden', width: 18, value: (i) => i.budgetInPeriod, numFmt: KR },
  ], d.initiatives, reportTitle(d));
}

/** Dates as real Excel dates (serial numbers), so they sort and filter as dates. */
function excelDate(iso: string | null): number | null {
  if (!iso) return null;
  return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000 + 25_569;
}

function goalsSheet(wb: ExcelJS.Workbook, d: StatusReportData) {
  const fmt = (g: Goal) => XLSX_FORMAT[g.unit];
  const ws = addTableSheet<Goal>(wb, 'Mål og nøgletal', [
    { header: 'Mål', width: 56, value: (g) => g.name },
    { header: 'Type', width: 14, value: (g) => goalKindLabel[g.kind] },
    { header: 'Niveau', width: 40, value: (g) => levelText(g) },
    { header: 'Baseline', width: 12, value: (g) => xlsxValue(g.unit, g.baselineValue), numFmt: fmt },
    { header: 'Baselinedato', width: 13, value: (g) => excelDate(g.baselineDate), numFmt: 'dd-mm-yyyy' },
    { header: 'Mål', width: 12, value: (g) => xlsxValue(g.unit, g.targetValue), numFmt: fmt },
    { header: 'Mål (øvre grænse)', width: 14, value: (g) => (g.targetMax === null ? null : xlsxValue(g.unit, g.targetMax)), numFmt: fmt },
    { header: 'Måldato', width: 13, value: (g) => excelDate(g.targetDate), numFmt: 'dd-mm-yyyy' },
    { header: 'Seneste måling', width: 14, value: (g) => (g.progress.latest ? xlsxValue(g.unit, g.progress.latest.value) : null), numFmt: fmt },
    { header: 'Målt', width: 13, value: (g) => excelDate(g.progress.latest?.date ?? null), numFmt: 'dd-mm-yyyy' },
    { header: 'Fremdrift', width: 16, value: (g) => g.progress.progress, numFmt: PCT },
    { header: 'Forventet', width: 11, value: (g) => g.progress.expected, numFmt: PCT },
    { header: 'Signal', width: 8, value: (g) => ({ on_track: 3, at_risk: 2, off_track: 1, no_data: null })[g.progress.status] },
    { header: 'Status', width: 16, value: (g) => goalStatusLabel[g.progress.status] },
  ], d.goals, reportTitle(d));
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
  notes.getCell(1).value = `Opgjort pr. ${longDate(d.asOf)}. Fremdrift og status: se fanen “Noter”.`;
  notes.getCell(1).font = { italic: true, color: { argb: 'FF5C5F66' } };
  return ws;
}

function keyFigureSheet(wb: ExcelJS.Workbook, d: StatusReportData) {
  const last = d.keyFigureYears[d.keyFigureYears.length - 1]!;
  const cols: SheetColumn<KeyFigureRow>[] = [
    { header: 'Spor', width: 24, value: (r) => r.trackName },
    { header: 'Nøgletal', width: 40, value: (r) => r.name },
    ...d.keyFigureYears.map((year): SheetColumn<KeyFigureRow> => ({ header: String(year), width: 11, value: (r) => r.years.find((y) => y.year === year)?.value ?? null, numFmt: INT })),
    { header: `Ændring fra ${last - 1}`, width: 16, value: (r) => r.years.find((y) => y.year === last)?.change ?? null, numFmt: '+#,##0;-#,##0;0' },
    { header: 'Ændring i %', width: 13, value: (r) => { const p = r.years.find((y) => y.year === last)?.changePercent; return p == null ? null : p / 100; }, numFmt: '+0.0 %;-0.0 %;0.0 %' },
  ];
  return addTableSheet(wb, 'Nøgletal pr. spor', cols, d.keyFigures, reportTitle(d));
}

function fundingSheet(wb: ExcelJS.Workbook, d: StatusReportData) {
  const ws = addTableSheet<FundingRow>(wb, 'Økonomi', [
    { header: 'År', width: 8, value: (r) => r.year },
    { header: 'Finansieringskilde', width: 36, value: (r) => r.fundingSource },
    { header: 'Indsatser', width: 11, value: (r) => r.initiatives, numFmt: INT },
    { header: 'Beløb', width: 18, value: (r) => r.amount, numFmt: KR },
  ], d.funding, reportTitle(d));
  totalRow(ws, ['I alt', '', '', d.funding.reduce((s, r) => s + r.amount, 0)], [undefined, undefined, undefined, KR]);
  return ws;
}

function actionItemSheet(wb: ExcelJS.Workbook, d: StatusReportData, items: ActionItemRow[]) {
  return addTableSheet<ActionItemRow>(wb, 'Aftaler', [
    { header: 'Aftale', width: 50, value: (a) => a.what },
    { header: 'Ansvarlig', width: 24, value: (a) => a.who },
    { header: 'Frist', width: 12, value: (a) => excelDate(a.due), numFmt: 'dd-mm-yyyy' },
    { header: 'Møde', width: 30, value: (a) => a.meeting },
    { header: 'Mødedato', width: 12, value: (a) => excelDate(a.meetingDate), numFmt: 'dd-mm-yyyy' },
  ], items, reportTitle(d));
}

function notesSheet(wb: ExcelJS.Workbook, d: StatusReportData, rule: string) {
  const ws = wb.addWorksheet('Noter', { pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 } });
  ws.getColumn(1).width = 120;
  const lines = [
    reportTitle(d),
    d.partnership,
    `Periode: ${longDate(d.fromDate)} – ${longDate(d.toDate)}. Status og fremdrift er opgjort pr. ${longDate(d.asOf)}.`,
    '',
    'Sådan beregnes fremdrift og status',
    rule,
    '',
    'Indsatser: dem, hvis periode overlapper rapportperioden, med den status de havde på opgørelsesdagen. Budget: budgetlinjer for årene i perioden.',
    'Nøgletal: indtastet pr. spor og år; ændringen er i forhold til året før.',
  ];
  lines.forEach((l, i) => {
    const c = ws.getCell(i + 1, 1);
    c.value = l;
    c.alignment = { wrapText: true, vertical: 'top' };
    if (i === 0) c.font = { bold: true, size: 14, color: { argb: 'FF1F4E79' } };
    if (l.startsWith('Sådan')) c.font = { bold: true };
  });
  return ws;
}

export async function statusReportXlsx(d: StatusReportData, rule: string, made: string, letterhead?: Letterhead): Promise<FileResult> {
  const wb = newWorkbook();
  wb.title = reportTitle(d);
  wb.company = d.partnership;
  // One sheet at a time, with a turn for the event loop between them (a year of a region is thousands of rows).
  const tick = createYielder();
  const builders = [overview, initiativesSheet, goalsSheet, keyFigureSheet, fundingSheet];
  const sheets: ExcelJS.Worksheet[] = [];
  for (const build of builders) {
    sheets.push(build(wb, d));
    await tick();
  }
  if (d.actionItems) sheets.push(actionItemSheet(wb, d, d.actionItems));
  sheets.push(notesSheet(wb, d, rule));
  for (const ws of sheets) printSetup(ws, d, made);
  addWorkbookLetterhead(wb, letterhead);
  return workbookFile(wb, reportFileName(d, 'xlsx'));
}
