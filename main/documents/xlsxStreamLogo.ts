import type ExcelJS from 'exceljs';
import type { Letterhead } from '../houseStyle/letterhead';

/**
 * The letterhead's logo on a sheet of exceljs's streaming writer. exceljs 4.4.0's WorksheetWriter has
 * no floating images (only a tiled background), so this adds what the in-memory writer would: the
 * image as workbook media, a drawing part that anchors it top right, the sheet's relationship to the
 * drawing, the <drawing> element in the sheet and the drawing's content type. Rows still stream; only
 * these few small parts are added. It leans on the writer's internals (pinned exceljs 4.4.0); if they
 * are not there, the sheet keeps its text letterhead (houseStyle.test.ts checks that the logo is in).
 */
interface ZipLike {
  append(source: Buffer | string, data: { name: string }): unknown;
}
interface WorkbookInternals {
  zip?: ZipLike;
  addImage(image: { buffer: Buffer; extension: 'png' }): number;
  getImage?(id: number): { name: string } | undefined;
}
interface SheetInternals {
  id: number;
  stream?: { write(s: string): unknown };
  _sheetRelsWriter?: { addRelationship(rel: { Target: string; Type: string }): string };
  _writeLegacyData?: () => void;
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const EMU_PER_PX = 9525;
const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';

function drawingXml(col: number, row: number, width: number, height: number): string {
  const cx = width * EMU_PER_PX;
  const cy = height * EMU_PER_PX;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    `<xdr:oneCellAnchor><xdr:from><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="${cx}" cy="${cy}"/>` +
    '<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="Logo" descr="Logo"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>' +
    `<xdr:blipFill><a:blip xmlns:r="${REL}" r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
    `<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>` +
    '<xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>'
  );
}

const relsXml = (target: string) =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/image" Target="${target}"/></Relationships>`;

/** Returns false (and changes nothing) when the writer lacks the internals this needs. */
export function addStreamingLogo(workbook: ExcelJS.stream.xlsx.WorkbookWriter, sheet: ExcelJS.Worksheet, l: Letterhead, place: { col: number; width: number; height: number }): boolean {
  return !!l.logo && addStreamingImage(workbook, sheet, l.logo.png, { ...place, row: 0 });
}

/** A PNG floating on a sheet of the streaming writer, its top left corner at a cell (0-based), `width` × `height` px. */
export function addStreamingImage(workbook: ExcelJS.stream.xlsx.WorkbookWriter, sheet: ExcelJS.Worksheet, png: Buffer, place: { col: number; row: number; width: number; height: number }): boolean {
  const wb = workbook as unknown as WorkbookInternals;
  const ws = sheet as unknown as SheetInternals;
  const zip = wb.zip;
  const writeLegacy = ws._writeLegacyData;
  const rels = ws._sheetRelsWriter;
  if (!zip || typeof zip.append !== 'function' || typeof writeLegacy !== 'function' || !rels || typeof wb.getImage !== 'function') return false;
  const image = wb.getImage(wb.addImage({ buffer: png, extension: 'png' }));
  if (!image) return false;
  const name = `drawing${ws.id}`;
  // The drawing and its relationship to the image go in the package as they are.
  zip.append(drawingXml(place.col, place.row, place.width, place.height), { name: `xl/drawings/${name}.xml` });
  zip.append(relsXml(`../media/${image.name}`), { name: `xl/drawings/_rels/${name}.xml.rels` });
  // The sheet names its drawing where the schema wants it: after the page setup, before legacyDrawing.
  ws._writeLegacyData = function (this: SheetInternals) {
    const rId = rels.addRelationship({ Target: `../drawings/${name}.xml`, Type: `${REL}/drawing` });
    this.stream?.write(`<drawing r:id="${rId}"/>`);
    writeLegacy.call(this);
  };
  // The content types are written last, at commit: the drawing part gets its own.
  const append = zip.append.bind(zip);
  zip.append = (source, data) => {
    if (data.name === '[Content_Types].xml' && typeof source === 'string') {
      source = source.replace('</Types>', `<Override PartName="/xl/drawings/${name}.xml" ContentType="${DRAWING_TYPE}"/></Types>`);
    }
    return append(source, data);
  };
  return true;
}
