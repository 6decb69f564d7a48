import { AlignmentType, type IStylesOptions } from 'docx';

export const STYLE = {
  kicker: 'Kicker',
  facts: 'Facts',
  label: 'Label',
  meta: 'ItemMeta',
  note: 'Note',
  muted: 'Muted',
  break: 'AgendaBreak',
  listNumber: 'ListNumber',
  listBullet: 'ListBullet',
  tableText: 'TableText',
  table: 'SamspilTable',
  header: 'Header',
  footer: 'Footer',
} as const;

const hex = (c: string) => c.replace('#', '').toUpperCase();
const FONT = 'Noto Sans';

/**
 * The base styles part: document defaults and the one table style (docx can only take table styles
 * from an external styles part). The paragraph styles below are added on top of it.
 */
export function baseStylesXml(accent: string, language: 'da' | 'en'): string {
  const a = hex(accent);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
  <w:docDefaults>
    <w:rPrDefault><w:rPr><w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:cs="${FONT}" w:eastAsia="${FONT}"/><w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="${language === 'en' ? 'en-GB' : 'da-DK'}"/></w:rPr></w:rPrDefault>
    <w:pPrDefault><w:pPr><w:spacing w:after="100" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault>
  </w:docDefaults>
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:rPr><w:color w:val="1A1A1A"/></w:rPr></w:style>
  <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>
  <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
  <w:style w:type="table" w:styleId="${STYLE.table}">
    <w:name w:val="Samspil tabel"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="40"/><w:qFormat/>
    <w:pPr><w:spacing w:before="40" w:after="40"/></w:pPr>
    <w:rPr><w:sz w:val="19"/><w:szCs w:val="19"/></w:rPr>
    <w:tblPr>
      <w:tblBorders><w:bottom w:val="single" w:sz="4" w:space="0" w:color="C9CED6"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="C9CED6"/></w:tblBorders>
      <w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="80" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar>
    </w:tblPr>
    <w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:color w:val="${a}"/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="EEF2F7"/></w:tcPr></w:tblStylePr>
    <w:tblStylePr w:type="lastRow"><w:rPr><w:b/></w:rPr><w:tcPr><w:tcBorders><w:top w:val="single" w:sz="8" w:space="0" w:color="1A1A1A"/></w:tcBorders></w:tcPr></w:tblStylePr>
  </w:style>
</w:styles>`;
}

/** Real, named Word styles: Title, Heading 1–2, list styles and the app's own for labels, facts and notes. */
export function paragraphStyles(accent: string): IStylesOptions {
  const a = hex(accent);
  return {
    default: {
      title: { run: { font: FONT, size: 36, bold: true, color: a }, paragraph: { spacing: { after: 240 } } },
      heading1: { run: { font: FONT, size: 27, bold: true, color: a }, paragraph: { spacing: { before: 280, after: 100 }, keepNext: true } },
      heading2: { run: { font: FONT, size: 23, bold: true, color: '1A1A1A' }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true } },
    },
    paragraphStyles: [
      { id: STYLE.kicker, name: 'Kicker', basedOn: 'Normal', next: 'Title', quickFormat: true, run: { size: 18, bold: true, color: '5C5F66', allCaps: true, characterSpacing: 24 }, paragraph: { spacing: { after: 60 }, keepNext: true } },
      { id: STYLE.facts, name: 'Facts', basedOn: 'Normal', quickFormat: true, run: { size: 20 }, paragraph: { spacing: { after: 40 }, leftTabStop: 2400, indent: { left: 2400, hanging: 2400 } } },
      { id: STYLE.label, name: 'Label', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { bold: true }, paragraph: { spacing: { before: 120, after: 40 }, keepNext: true } },
      { id: STYLE.meta, name: 'Item meta', basedOn: 'Normal', quickFormat: true, run: { size: 19, color: '5C5F66' }, paragraph: { spacing: { after: 120 } } },
      { id: STYLE.note, name: 'Note', basedOn: 'Normal', quickFormat: true, run: { italics: true, color: '5C5F66' } },
      { id: STYLE.muted, name: 'Muted', basedOn: 'Normal', quickFormat: true, run: { color: '5C5F66' } },
      { id: STYLE.break, name: 'Agenda break', basedOn: 'Normal', quickFormat: true, run: { italics: true, color: '5C5F66' }, paragraph: { shading: { type: 'clear', color: 'auto', fill: 'EEF2F7' }, spacing: { before: 160, after: 160 } } },
      { id: STYLE.listNumber, name: 'List Number', basedOn: 'Normal', quickFormat: true, paragraph: { spacing: { after: 60 } } },
      { id: STYLE.listBullet, name: 'List Bullet', basedOn: 'Normal', quickFormat: true, paragraph: { spacing: { after: 60 } } },
      { id: STYLE.tableText, name: 'Table text', basedOn: 'Normal', quickFormat: true, run: { size: 19 }, paragraph: { spacing: { before: 20, after: 20 } } },
      { id: STYLE.header, name: 'header', basedOn: 'Normal', run: { size: 17, color: '5C5F66' }, paragraph: { spacing: { after: 0 }, rightTabStop: 9106 } },
      { id: STYLE.footer, name: 'footer', basedOn: 'Normal', run: { size: 17, color: '5C5F66' }, paragraph: { alignment: AlignmentType.RIGHT, spacing: { after: 0 } } },
    ],
  };
}
