import type ExcelJS from 'exceljs';
import { addStreamingImage } from './xlsxStreamLogo';

interface ImageAnchor {
  nativeCol?: number;
  nativeRow?: number;
  col?: number;
  row?: number;
}

/**
 * Writes a finished in-memory workbook through exceljs's streaming writer, one row at a time with
 * `tick` in between: rendering a whole sheet at once (exceljs's writeBuffer) cannot be split, a row can.
 * Copied: the workbook's properties; each sheet's setup (views, page setup, header/footer, columns,
 * autofilter, conditional formats, tab colour) and every row as its model (values and styles); floating
 * PNG images anchored at a cell with a size (the letterhead's logo). What Samspil's workbooks do not use
 * (merged cells, data validation, notes, tables) is not copied.
 */
export async function copyWorkbook(wb: ExcelJS.Workbook, out: ExcelJS.stream.xlsx.WorkbookWriter, tick: () => Promise<void>): Promise<void> {
  const props = out as unknown as Record<string, unknown>;
  for (const key of ['creator', 'lastModifiedBy', 'created', 'modified', 'title', 'subject', 'keywords', 'category', 'description', 'company', 'manager'] as const) {
    const value = wb[key];
    if (value !== undefined && value !== '') props[key] = value;
  }
  for (const ws of wb.worksheets) await copySheet(wb, ws, out, tick);
}

async function copySheet(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, out: ExcelJS.stream.xlsx.WorkbookWriter, tick: () => Promise<void>) {
  const copy = out.addWorksheet(ws.name, {
    views: ws.views,
    pageSetup: ws.pageSetup,
    headerFooter: ws.headerFooter,
    properties: ws.properties,
    state: ws.state,
  });
  const columns = (ws.columns ?? []) as ExcelJS.Column[];
  if (columns.length) {
    copy.columns = columns.map((c) => ({ width: c.width, hidden: c.hidden, outlineLevel: c.outlineLevel, ...(c.style && Object.keys(c.style).length ? { style: c.style } : {}) }));
  }
  if (ws.autoFilter) copy.autoFilter = ws.autoFilter;
  const formats = (ws as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings ?? [];
  for (const cf of formats) copy.addConditionalFormatting(cf);
  for (const image of ws.getImages()) {
    const source = wb.getImage(Number(image.imageId));
    const tl = image.range.tl as ImageAnchor;
    const ext = (image.range as { ext?: { width: number; height: number } }).ext;
    if (source?.extension === 'png' && source.buffer && ext) {
      addStreamingImage(out, copy, Buffer.from(source.buffer as unknown as Uint8Array), { col: Math.floor(tl.nativeCol ?? tl.col ?? 0), row: Math.floor(tl.nativeRow ?? tl.row ?? 0), width: ext.width, height: ext.height });
    }
  }
  for (let n = 1; n <= ws.rowCount; n++) {
    const row = ws.findRow(n);
    if (!row) continue;
    const target = copy.getRow(n);
    target.model = row.model!;
    target.commit();
    await tick();
  }
  copy.commit();
}
