import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../main/api/handlers';
import type { FileResult } from '../../preload/contract';
import { call, ctxOf, memoryDb } from '../helpers/db';
import { docxRoundTrip, paragraphStyles, type DocxRoundTrip } from '../helpers/docx';
import { meetingWithMinutes, mentorCorps } from '../helpers/documentFixtures';
import { pdfText } from '../helpers/pdf';
import { countColour, rasterPage, solidPng } from '../helpers/png';

const MAGENTA: [number, number, number] = [230, 0, 200];
const flat = (s: string) => s.replace(/\s+/g, ' ');

async function houseStyle(ctx: HandlerContext) {
  await call(ctx, 'settings.update', { partnershipName: 'Erhvervsmentorkorpset på Sydfyn', municipality: 'Svendborg Kommune' });
  await call(ctx, 'houseStyle.update', { addressLines: 'Ramsherred 5\n5700 Svendborg', contactLines: 'www.svendborg.dk', accentColor: '#1f4e79' });
  await call(ctx, 'houseStyle.setLogo', { fileName: 'logo.png', mimeType: 'image/png', base64: solidPng(300, 120, MAGENTA).toString('base64') });
}

/** Every XML part of the package parses (python's own XML parser), so Word has nothing to repair. */
function wellFormed(file: FileResult) {
  const script = 'import base64,sys,zipfile,io,xml.dom.minidom as m\nz=zipfile.ZipFile(io.BytesIO(base64.b64decode(sys.stdin.read())))\nfor n in z.namelist():\n  if n.endswith(".xml") or n.endswith(".rels"): m.parseString(z.read(n))\nprint(len(z.namelist()))';
  return Number(execFileSync('python3', ['-c', script], { input: file.base64, encoding: 'utf8' }).trim());
}

/** In order: each needle is found after the previous one (case aside: a kicker is set in capitals). */
function inOrder(text: string, needles: string[]) {
  let at = -1;
  const lower = text.toLowerCase();
  for (const n of needles) {
    const i = lower.indexOf(n.toLowerCase(), at + 1);
    expect(i, `"${n}" after position ${at}`).toBeGreaterThan(at);
    at = i;
  }
}

function expectWordStyles(rt: DocxRoundTrip, styles: string[]) {
  const used = paragraphStyles(rt.documentXml);
  for (const s of styles) expect(used[s], `paragraph style ${s}`).toBeGreaterThan(0);
}

function expectLogoInWordHeader(rt: DocxRoundTrip) {
  expect(rt.parts.some((p) => /^word\/media\/.+\.png$/.test(p))).toBe(true);
  expect(rt.headerXml).toContain('Svendborg Kommune');
  expect(rt.headerXml).toMatch(/<a:blip r:embed=/);
  // LibreOffice draws it top right on page 1 of its PDF, and not on page 2.
  const page1 = rasterPage(rt.pdf, 1);
  expect(countColour(page1, MAGENTA, { x0: 0.55, y0: 0, x1: 1, y1: 0.16 })).toBeGreaterThan(150);
  expect(countColour(page1, MAGENTA, { x0: 0, y0: 0.16, x1: 1, y1: 1 })).toBe(0);
}

describe('Word versions (.docx) read back by LibreOffice', () => {
  it('the mentor-corps memo: same sections, figures and recommendations as the PDF, named styles, letterhead in the header', async () => {
    const ctx = ctxOf(await memoryDb());
    await houseStyle(ctx);
    const memo = await call(ctx, 'memos.create', mentorCorps);
    await call(ctx, 'memos.send', { id: memo.id, sentOn: '2014-01-08' });
    await call(ctx, 'memos.decide', { id: memo.id, decision: { date: '2014-01-21', body: 'Økonomiudvalget', outcome: 'approved', text: 'Indstillingen blev godkendt uden ændringer.' } });
    const docx = await call(ctx, 'memos.docx', { id: memo.id });
    expect(docx.fileName).toBe('Beslutningsoplæg – Erhvervsmentorkorps for unge i Faaborg-Midtfyn, Svendborg og Nyborg.docx');
    expect(wellFormed(docx)).toBeGreaterThan(8);
    const rt = docxRoundTrip(docx);
    const word = flat(rt.text);
    const wordPdf = flat(pdfText(rt.pdf));
    const pdf = flat(pdfText(await call(ctx, 'memos.pdf', { id: memo.id })));
    const sections = ['Resumé', 'Sagsfremstilling', 'Løsningsmuligheder', 'Model 1: Fælles korps med Foreningen Nydansker', 'Model 2: Ingen fælles indsats', 'Økonomi', 'Konsekvenser', 'Indstilling', 'Det indstilles, at', 'Bilag', 'Beslutning'];
    const figures = ['133.333', '133.334', '160.000', '293.333', '400.000', '480.000', '880.000'];
    const recommendations = ['1. erhvervsmentorkorpset etableres som et toårigt opstartsforløb 2014–2015', '2. udgiften på 133.333 kr. i 2014 finansieres af ungeindsatsens ramme'];
    for (const text of [word, wordPdf, pdf]) {
      inOrder(text, sections);
      for (const f of figures) expect(text).toContain(f);
      for (const r of recommendations) expect(text).toContain(r);
      for (const s of ['Faaborg-Midtfyn Kommune', 'Svendborg Kommune', 'Nyborg Kommune', 'Alle beløb er ekskl. moms.', 'Godkendt', 'Indstillingen blev godkendt uden ændringer.', 'Mette Frølund, sekretariatet', '17.02.00-P20-3-14']) expect(text).toContain(s);
    }
    // The economy row for Nyborg reads the same in both: label, 2014, 2015, total.
    expect(word).toContain('Nyborg Kommune 133.334 160.000 293.334');
    expect(pdf).toContain('Nyborg Kommune 133.334 160.000 293.334');
    expectWordStyles(rt, ['Title', 'Heading1', 'Heading2', 'ListNumber', 'ListBullet', 'Facts', 'Label']);
    expect(rt.documentXml).toContain('<w:tblStyle w:val="SamspilTable"/>');
    expect(rt.documentXml).toMatch(/<w:numPr>/);
    expectLogoInWordHeader(rt);
    expect(wordPdf).toContain('Ramsherred 5 · 5700 Svendborg · www.svendborg.dk');

    const en = docxRoundTrip(await call(ctx, 'memos.docx', { id: memo.id, language: 'en' }));
    inOrder(flat(en.text), ['Decision memo', 'Summary', 'Options', 'Economy', 'Amounts in DKK', '880,000', 'Recommendation', 'It is recommended that', 'Decision', 'Approved']);
    expect(en.documentXml).toContain('<w:tblStyle w:val="SamspilTable"/>');
  }, 240_000);

  it('the agenda and the minutes pass the same round trip, in Danish and English', async () => {
    const ctx = ctxOf(await memoryDb());
    await houseStyle(ctx);
    const { meeting } = await meetingWithMinutes(ctx);
    const agenda = docxRoundTrip(await call(ctx, 'meetings.agendaDocx', { id: meeting.id }));
    const agendaPdf = flat(pdfText(await call(ctx, 'meetings.agendaPdf', { id: meeting.id })));
    const agendaNeedles = ['Styregruppen for erhvervsmentorkorpset', 'Dagsorden: Styregruppemøde om mentorkorpset', 'Tirsdag den 11. marts 2014', 'Nyborg Rådhus, mødelokale 2', 'Status på matchning af unge', 'Foreningen Nydansker orienterer om de første 40 match.', 'Fordeling af udgiften 2015', 'Forslag: 160.000 kr. pr. kommune i 2015.'];
    for (const text of [flat(agenda.text), flat(pdfText(agenda.pdf)), agendaPdf]) {
      inOrder(text, agendaNeedles);
      for (const s of ['Orientering', 'Jørgen Lærkesen', '30 min.', 'Beslutning']) expect(text).toContain(s);
    }
    expectWordStyles(agenda, ['Title', 'Heading1', 'Facts', 'ItemMeta']);
    expectLogoInWordHeader(agenda);

    const minutes = docxRoundTrip(await call(ctx, 'meetings.minutesDocx', { id: meeting.id }));
    const minutesPdf = flat(pdfText(await call(ctx, 'meetings.minutesPdf', { id: meeting.id })));
    const minutesNeedles = ['Referat: Styregruppemøde om mentorkorpset', 'Fordeling af udgiften 2015', 'Styregruppen drøftede fordelingen; Åse Kjærgaard foreslog lige deling.', 'Beslutning', 'Udgiften på 480.000 kr. i 2015 deles ligeligt: 160.000 kr. pr. kommune.', 'Aftaler', 'Indstilling til Økonomiudvalget om 2015', 'Åse Kjærgaard', '1. april 2014', 'Referatet er et udkast og er endnu ikke godkendt.'];
    for (const text of [flat(minutes.text), flat(pdfText(minutes.pdf)), minutesPdf]) inOrder(text, minutesNeedles);
    expectWordStyles(minutes, ['Title', 'Heading1', 'Label', 'ListBullet']);
    expect(minutes.documentXml).toContain('<w:tblStyle w:val="SamspilTable"/>');
    expect(minutes.headerXml).toContain('KLADDE');

    const en = docxRoundTrip(await call(ctx, 'meetings.minutesDocx', { id: meeting.id, language: 'en' }));
    inOrder(flat(en.text), ['Minutes: Styregruppemøde om mentorkorpset', 'Tuesday 11 March 2014', 'Decision', 'Action items', 'What', 'Who', 'When', '1 April 2014', 'The minutes are a draft']);
  }, 300_000);

  it('without a logo, the Word header carries the partnership and the document, as the PDF does', async () => {
    const ctx = ctxOf(await memoryDb());
    await call(ctx, 'settings.update', { partnershipName: 'Erhvervsmentorkorpset på Sydfyn', municipality: 'Svendborg Kommune' });
    const memo = await call(ctx, 'memos.create', mentorCorps);
    const rt = docxRoundTrip(await call(ctx, 'memos.docx', { id: memo.id }));
    expect(rt.parts.some((p) => p.startsWith('word/media/'))).toBe(false);
    expect(rt.headerXml).toContain('Erhvervsmentorkorpset på Sydfyn');
    expect(rt.headerXml).toContain('KLADDE');
  }, 120_000);
});
