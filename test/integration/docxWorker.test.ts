import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { DocModel } from '../../main/documents/blocks';
import { renderDocx } from '../../main/documents/docx';
import { docxFile, docxRenderCounts, renderDocxOffThread } from '../../main/documents/docxThread';
import type { Letterhead } from '../../main/houseStyle/letterhead';
import { call, ctxOf, memoryDb } from '../helpers/db';
import { docxRoundTrip } from '../helpers/docx';
import { mentorCorps } from '../helpers/documentFixtures';
import { solidPng } from '../helpers/png';

const flat = (s: string) => s.replace(/\s+/g, ' ');

/**
 * Every part of the package (python's zipfile, an independent reader): XML as text, media as hex. Aside:
 * the file's creation times, and the drawing ids the docx library counts per process (wp:docPr id).
 */
function parts(buf: Buffer): Record<string, string> {
  const script = [
    'import base64,sys,zipfile,io,json,re',
    'z=zipfile.ZipFile(io.BytesIO(base64.b64decode(sys.stdin.read())))',
    'out={}',
    'for n in z.namelist():',
    '  b=z.read(n)',
    '  if n=="docProps/core.xml": b=re.sub(rb"<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\\1>",b"",b)',
    "  b=re.sub(rb'<wp:docPr id=\"\\d+\"',b'<wp:docPr id=\"#\"',b)",
    '  out[n]=b.decode("utf-8") if n.endswith((".xml",".rels")) else b.hex()',
    'print(json.dumps(out))',
  ].join('\n');
  return JSON.parse(execFileSync('python3', ['-c', script], { input: buf.toString('base64'), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })) as Record<string, string>;
}

const letterhead: Letterhead = {
  partnership: 'Ungepartnerskabet Sydfyn',
  municipality: 'Svendborg Kommune',
  lines: ['Ramsherred 5', '5700 Svendborg'],
  accent: '#1f4e79',
  logo: { png: solidPng(300, 120, [230, 0, 200]), svg: null, width: 300, height: 120 },
};

const model: DocModel = {
  title: 'Referat, 3. februar 2027',
  partnership: 'Ungepartnerskabet Sydfyn',
  language: 'da',
  watermark: 'KLADDE',
  blocks: [
    { kind: 'kicker', text: 'Styregruppen for Ærø og Læsø' },
    { kind: 'title', text: 'Referat: møde om unges trivsel' },
    { kind: 'facts', rows: [['Sted', 'Rådhuset, Østergade 7'], ['Deltagere', 'Åse Kjærgaard, Jørgen Lærkesen']] },
    { kind: 'heading', level: 1, text: '1. Økonomi og søgning', aside: '13.30–14.00' },
    { kind: 'heading', level: 2, text: 'تقرير الشباب', aside: '14.00' },
    { kind: 'rich', source: 'Puljen **skal** søges i *år*.\n\n- første punkt\n- andet punkt\n\n3. tredje\n4. fjerde' },
    { kind: 'list', ordered: true, start: 2, items: ['**fælles** korps', 'næste skridt'] },
    { kind: 'label', text: 'Beslutning' },
    { kind: 'paragraph', text: 'Godkendt uden ændringer.', tone: 'note' },
    { kind: 'meta', text: 'Orientering · Åse Kjærgaard' },
    { kind: 'break', text: 'Pause', aside: '14.30' },
    { kind: 'table', columns: [{ header: 'Kommune', width: 3 }, { header: '2027', width: 1, align: 'right' }], rows: [['Faaborg-Midtfyn', '133.333'], ['I alt', '133.333']], boldLastRow: true },
  ],
};

describe('.docx rendered on a worker thread', () => {
  it('a memo through the public API comes from the worker and reads back in LibreOffice with its Danish text', async () => {
    const ctx = ctxOf(await memoryDb());
    await call(ctx, 'settings.update', { partnershipName: 'Erhvervsmentorkorpset på Sydfyn', municipality: 'Svendborg Kommune' });
    await call(ctx, 'houseStyle.setLogo', { fileName: 'logo.png', mimeType: 'image/png', base64: solidPng(300, 120, [230, 0, 200]).toString('base64') });
    const memo = await call(ctx, 'memos.create', mentorCorps);
    const before = docxRenderCounts();
    const docx = await call(ctx, 'memos.docx', { id: memo.id });
    const after = docxRenderCounts();
    expect(after.offThread).toBe(before.offThread + 1);
    expect(after.inThread).toBe(before.inThread);
    const rt = docxRoundTrip(docx);
    const text = flat(rt.text);
    for (const s of ['Erhvervsmentorkorps for unge i Faaborg-Midtfyn, Svendborg og Nyborg', 'Mette Frølund, sekretariatet', 'Nyborg Kommune 133.334 160.000 293.334', 'Alle beløb er ekskl. moms.']) expect(text).toContain(s);
    expect(rt.parts.some((p) => /^word\/media\/.+\.png$/.test(p))).toBe(true);
    expect(rt.headerXml).toContain('Svendborg Kommune');
  });

  it('gives the same package as rendering on the main thread, part by part, logo included', async () => {
    const [worker, here] = [await renderDocxOffThread(model, letterhead), await renderDocx(model, letterhead)];
    const [a, b] = [parts(worker), parts(here)];
    expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
    expect(Object.keys(a).length).toBeGreaterThan(8);
    for (const name of Object.keys(b)) expect(a[name], name).toBe(b[name]);
    const text = flat(docxRoundTrip(docxFile(worker, 'x.docx')).text);
    for (const s of ['STYREGRUPPEN FOR ÆRØ OG LÆSØ', 'Referat: møde om unges trivsel', 'Rådhuset, Østergade 7', '1. Økonomi og søgning', 'تقرير الشباب', 'Faaborg-Midtfyn 133.333']) expect(text.toUpperCase()).toContain(s.toUpperCase());
  });

  // `npm test` builds first: the bundled app must find and run its own worker entry.
  const built = join(__dirname, '../../out/main/docxWorker.js');
  it.skipIf(!existsSync(built))('the built worker entry (out/main/docxWorker.js) renders the same package', async () => {
    const worker = new Worker(`require(${JSON.stringify(built)})`, { eval: true });
    try {
      const reply = await new Promise<{ id: number; bytes?: Uint8Array; error?: string }>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.postMessage({ id: 7, model, letterhead });
      });
      expect(reply.error).toBeUndefined();
      expect(reply.id).toBe(7);
      const a = parts(Buffer.from(reply.bytes!));
      const b = parts(await renderDocx(model, letterhead));
      for (const name of Object.keys(b)) expect(a[name], name).toBe(b[name]);
    } finally {
      await worker.terminate();
    }
  });
});
