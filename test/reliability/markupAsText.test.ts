import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database';
import { call, ctxOf } from '../helpers/db';
import { pdfText } from '../helpers/pdf';
import { startWebApp, type WebApp } from '../helpers/webApp';
import { recordFigure } from './figures';

/** Each payload sets window.__xss (or opens a dialog) if the app ever runs it instead of showing it. */
const payloads: string[] = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=2</script>',
  '"><svg onload="window.__xss=3">',
  "'><iframe src=\"javascript:window.parent.__xss=4\"></iframe>",
  '<a href="javascript:window.__xss=5">Æblegården</a>',
  '{{constructor.constructor("window.__xss=6")()}}',
  '<style>*{display:none}</style>Østerbro',
  '<b onmouseover="window.__xss=7">Søndergade</b>',
];

let app: WebApp;
beforeAll(async () => {
  if (!fs.existsSync('out/renderer/index.html')) execFileSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
  app = await startWebApp();
}, 120_000);
afterAll(async () => {
  await app?.close();
});

describe('markup and script typed into any field', () => {
  it('is shown as text on the screens and in the PDFs, never run', async () => {
    const { page } = app;
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const api = async (name: string, input: unknown) => {
      const env = await page.evaluate(
        async ([n, i]) => {
          const res = await fetch(`/api/${n}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'x-samspil-token': sessionStorage.getItem('samspil.token') ?? '' }, body: JSON.stringify(i) });
          return (await res.json()) as { ok: boolean; data: { id: number }; error?: unknown };
        },
        [name, input] as const,
      );
      if (!env.ok) throw new Error(`${name}: ${JSON.stringify(env.error)}`);
      return env;
    };
    const body = await api('bodies.create', { name: payloads[6], kind: 'working_group', description: payloads[1] });
    const ids: { org: number[]; person: number[] } = { org: [], person: [] };
    for (const [i, p] of payloads.entries()) {
      ids.org.push((await api('organisations.create', { name: `Org ${i} ${p}`, kind: 'other', notes: p, address: p })).data.id);
      ids.person.push((await api('people.create', { name: `Person ${i} ${p}`, title: p, notes: p })).data.id);
    }
    const meeting = await api('meetings.create', { data: { title: payloads[0], type: 'theme_meeting', bodyId: body.data.id, date: '2026-12-03', startTime: '09:00', endTime: '12:00', place: payloads[2] } });
    await api('agenda.add', { meetingId: meeting.data.id, data: { title: payloads[1], kind: 'discussion', durationMinutes: 30, description: payloads[3] } });

    const routes = ['#/actors/organisations', `#/actors/organisations/${ids.org[0]}`, `#/actors/organisations/${ids.org[4]}`, '#/actors/people', `#/actors/people/${ids.person[1]}`, `#/actors/people/${ids.person[7]}`, `#/meetings/${meeting.data.id}`, '#/overview'];
    let shown = 0;
    for (const r of routes) {
      await page.goto(`${app.host.url.split('#')[0]}${r}`);
      await page.waitForTimeout(700);
      const text = await page.locator('body').innerText();
      shown += payloads.filter((p) => text.includes(p)).length;
    }
    const ran = await page.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? 0);

    // The same texts in the agenda PDF, read back with pdftotext.
    const db = await openDatabase({ file: app.dbFile.replace(/\.sqlite$/, '-pdf.sqlite') });
    const ctx = ctxOf(db);
    const b2 = await call(ctx, 'bodies.create', { name: 'Arbejdsgruppen', kind: 'working_group' });
    const m2 = await call(ctx, 'meetings.create', { data: { title: payloads[1]!, type: 'theme_meeting', bodyId: b2.id, date: '2026-12-03', startTime: '09:00', endTime: '12:00', place: payloads[0]! } });
    await call(ctx, 'agenda.add', { meetingId: m2.id, data: { title: payloads[4]!, kind: 'discussion', durationMinutes: 30, description: payloads[7]! } });
    const pdf = pdfText(await call(ctx, 'meetings.agendaPdf', { id: m2.id })).replace(/\s+/g, ' ');
    await db.close();
    const inPdf = [payloads[1]!, payloads[0]!, payloads[4]!, payloads[7]!].filter((p) => pdf.includes(p)).length;

    recordFigure('Markup and script shown as text', payloads.length * 2 + routes.length + 4, (ran ? 1 : 0) + dialogs.length + (4 - inPdf), `${payloads.length} payloads in names, notes, titles, places; ${routes.length} screens in Chromium: ${shown} literal occurrences shown, 0 run (window.__xss ${ran}, dialogs ${dialogs.length}); agenda PDF shows ${inPdf}/4 as text`);
    expect(ran).toBe(0);
    expect(dialogs).toEqual([]);
    expect(shown).toBeGreaterThan(payloads.length);
    expect(inPdf).toBe(4);
    expect(app.pageErrors).toEqual([]);
  }, 120_000);
});
