import { describe, expect, it } from 'vitest';
import { loadDemoData } from '../../main/demo/demoData';
import { fixedClock } from '../../main/app/clock';
import { call, ctxOf, memoryDb } from '../helpers/db';
import { pdfText } from '../helpers/pdf';
import { mentorCorps as mentorCorpsMemo } from '../helpers/documentFixtures';
export { mentorCorpsMemo };

/** The Funen business-mentor corps (seed 001): 400.000 kr. in 2014 and 480.000 kr. in 2015 over three municipalities. */

describe('decision memos', () => {
  it('writes, sends (v1), edits (v2), and records an approval', async () => {
    const ctx = ctxOf(await memoryDb());
    const memo = await call(ctx, 'memos.create', mentorCorpsMemo);
    expect(memo).toMatchObject({ status: 'draft', sentVersion: 0, hasUnsentChanges: false });
    expect(memo.content.economy.rows).toHaveLength(3);

    await call(ctx, 'memos.setStatus', { id: memo.id, status: 'review' });
    const sent = await call(ctx, 'memos.send', { id: memo.id, sentOn: '2014-01-07' });
    expect(sent).toMatchObject({ status: 'sent', sentVersion: 1, hasUnsentChanges: false });
    expect(sent.versions).toEqual([{ number: 1, sentOn: '2014-01-07', title: mentorCorpsMemo.title }]);
    await expect(call(ctx, 'memos.send', { id: memo.id })).rejects.toThrow(/ingen ændringer/);

    const edited = await call(ctx, 'memos.update', { id: memo.id, data: { ...mentorCorpsMemo, recommendations: [...mentorCorpsMemo.recommendations!, 'sekretariatet afrapporterer status efter et år'] } });
    expect(edited).toMatchObject({ status: 'sent', sentVersion: 1, hasUnsentChanges: true });
    const v2 = await call(ctx, 'memos.send', { id: memo.id, sentOn: '2014-01-10' });
    expect(v2.versions.map((v) => v.number)).toEqual([1, 2]);

    const v1 = await call(ctx, 'memos.version', { memoId: memo.id, number: 1 });
    expect(v1.content.recommendations).toHaveLength(2);
    const v2Frozen = await call(ctx, 'memos.version', { memoId: memo.id, number: 2 });
    expect(v2Frozen.content.recommendations).toHaveLength(3);

    expect((await call(ctx, 'memos.list', { search: 'frølund ERHVERVSMENTORKORPS' })).total).toBe(1);
    expect((await call(ctx, 'memos.list', { search: 'froelund' })).total).toBe(1);
    expect((await call(ctx, 'memos.list', { search: 'Hjørring' })).total).toBe(0);
    const list = await call(ctx, 'memos.list', { awaitingOnly: true });
    expect(list.items.map((i) => [i.id, i.awaitingDecision])).toEqual([[memo.id, true]]);

    const decided = await call(ctx, 'memos.decide', { id: memo.id, decision: { date: '2014-01-21', body: 'Økonomiudvalget', outcome: 'approved', text: 'Indstillingen blev godkendt.' } });
    expect(decided.status).toBe('decided');
    expect(decided.decision).toMatchObject({ date: '2014-01-21', body: 'Økonomiudvalget', outcome: 'approved' });
    await expect(call(ctx, 'memos.update', { id: memo.id, data: mentorCorpsMemo })).rejects.toThrow(/besluttet/);

    const undone = await call(ctx, 'memos.undoDecision', { id: memo.id });
    expect(undone).toMatchObject({ status: 'sent', decision: null });
    expect((await call(ctx, 'memos.list', {})).items[0]?.awaitingDecision).toBe(true);
  });

  it('reverting or discarding edits clears "unsent changes"; a postponed decision keeps it awaiting', async () => {
    const ctx = ctxOf(await memoryDb());
    const { id } = await call(ctx, 'memos.create', mentorCorpsMemo);
    await call(ctx, 'memos.send', { id, sentOn: '2014-01-07' });
    expect((await call(ctx, 'memos.update', { id, data: { ...mentorCorpsMemo, title: 'Ny titel' } })).hasUnsentChanges).toBe(true);
    expect((await call(ctx, 'memos.update', { id, data: mentorCorpsMemo })).hasUnsentChanges).toBe(false);
    await expect(call(ctx, 'memos.discardChanges', { id })).rejects.toThrow(/ingen ændringer/);
    await call(ctx, 'memos.update', { id, data: { ...mentorCorpsMemo, title: 'Forkert titel', recommendations: [] } });
    const discarded = await call(ctx, 'memos.discardChanges', { id });
    expect(discarded).toMatchObject({ title: mentorCorpsMemo.title, hasUnsentChanges: false, sentVersion: 1 });
    expect(discarded.content.recommendations).toEqual(mentorCorpsMemo.recommendations);
    await expect(call(ctx, 'memos.pdf', { id, version: 9 })).rejects.toThrow(/NOT_FOUND: Version 9/);
    expect((await call(ctx, 'memos.pdf', { id, language: 'en' })).fileName).toMatch(/^Decision memo – /);
    const postponed = await call(ctx, 'memos.decide', { id, decision: { date: '2014-01-21', body: 'Økonomiudvalget', outcome: 'postponed', text: '' } });
    expect(postponed).toMatchObject({ status: 'sent', decision: { outcome: 'postponed' } });
  });

  it('refuses bad input with Danish field errors and guards the life cycle', async () => {
    const ctx = ctxOf(await memoryDb());
    const err = await call(ctx, 'memos.create', { ...mentorCorpsMemo, title: ' ', recipientKind: 'standing_committee', economy: { columns: ['2014'], rows: [{ label: 'X', amounts: [1, 2] }] } }).catch((e) => e.apiError);
    expect(err.code).toBe('VALIDATION');
    expect(err.fieldErrors.title).toEqual(['Skal udfyldes']);
    expect(err.fieldErrors.recipientName).toBeDefined();
    expect(err.fieldErrors['economy.rows']).toBeDefined();

    const { id } = await call(ctx, 'memos.create', mentorCorpsMemo);
    await expect(call(ctx, 'memos.decide', { id, decision: { date: '2014-01-21', body: 'Økonomiudvalget', outcome: 'approved', text: '' } })).rejects.toThrow(/ikke sendt/);
    await call(ctx, 'memos.send', { id });
    await expect(call(ctx, 'memos.delete', { id })).rejects.toThrow(/kan ikke slettes/);
  });

  it('links to initiatives and meetings; economy prefill and initiative status go through the integration seam', async () => {
    const ctx = ctxOf(await memoryDb());
    const { id } = await call(ctx, 'memos.create', mentorCorpsMemo);
    // Links reach only objects that exist (issue 12).
    const track = await call(ctx, 'tracks.create', { name: 'Virksomhedssporet' });
    const initiative = await call(ctx, 'initiatives.create', { data: { name: 'Erhvervsmentorkorps', trackId: track.id } });
    const meeting = await call(ctx, 'meetings.create', { data: { title: 'Styregruppemøde', type: 'steering_group', date: '2013-12-12', startTime: '09:00', endTime: '11:00' } });
    await call(ctx, 'memos.linkAdd', { memoId: id, targetKind: 'initiative', targetId: initiative.id, label: 'Erhvervsmentorkorps' });
    const linked = await call(ctx, 'memos.linkAdd', { memoId: id, targetKind: 'meeting', targetId: meeting.id, label: 'Styregruppemøde 12. december 2013' });
    expect(linked.links.map((l) => l.targetKind)).toEqual(['initiative', 'meeting']);
    await expect(call(ctx, 'memos.linkAdd', { memoId: id, targetKind: 'initiative', targetId: initiative.id, label: 'igen' })).rejects.toThrow(/allerede/);
    // The initiative has no budget lines, so there is nothing to prefill.
    expect(await call(ctx, 'memos.prefillEconomy', { id })).toEqual({ economy: null });
    const after = await call(ctx, 'memos.linkRemove', { id: linked.links[1]!.id });
    expect(after.links).toHaveLength(1);
  });

  it('prints the memo as a municipal PDF: header, sections, economy totals, numbered recommendations, watermark until sent', async () => {
    const ctx = ctxOf(await memoryDb());
    await call(ctx, 'settings.update', { partnershipName: 'Ungepartnerskabet i Hvidovre', municipality: 'Hvidovre Kommune' });
    const { id } = await call(ctx, 'memos.create', mentorCorpsMemo);
    const draftFile = await call(ctx, 'memos.pdf', { id });
    expect(draftFile.fileName).toBe('Beslutningsoplæg – Erhvervsmentorkorps for unge i Faaborg-Midtfyn, Svendborg og Nyborg (kladde).pdf');
    const draft = pdfText(draftFile);
    // The diagonal watermark comes out of pdftotext one letter per line.
    const watermarkLetters = (t: string) => t.split('\n').filter((l) => /^[KLADE]$/.test(l.trim())).length;
    expect(watermarkLetters(draft)).toBeGreaterThanOrEqual(6);
    expect(draft).toContain('Kladde til version 1');

    await call(ctx, 'memos.send', { id, sentOn: '2014-01-07' });
    await call(ctx, 'memos.update', { id, data: { ...mentorCorpsMemo, title: 'Erhvervsmentorkorps – revideret' } });
    const text = pdfText(await call(ctx, 'memos.pdf', { id, version: 1 }));
    expect(watermarkLetters(text)).toBe(0);
    for (const s of ['Ungepartnerskabet i Hvidovre', 'Økonomiudvalget', '21. januar 2014', '17.02.00-P20-3-14', 'Mette Frølund', '6. januar 2014', '1, sendt 7. januar 2014']) expect(text).toContain(s);
    const sections = ['Resumé', 'Sagsfremstilling', 'Løsningsmuligheder', 'Model 1: Fælles korps med Foreningen Nydansker', 'Fordele', 'Ulemper', 'Økonomi', 'Konsekvenser', 'Indstilling', 'Bilag'];
    const positions = sections.map((s) => text.indexOf(`\n${s}\n`));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toContain('Erhvervsmentorkorps for unge');
    expect(text).not.toContain('revideret');
    expect(text).not.toContain('**');

    const layout = pdfText(await call(ctx, 'memos.pdf', { id, version: 1 }), { layout: true });
    const lines = layout.split('\n').map((l) => l.replace(/\s+/g, ' ').trim());
    const row = (label: string) => lines.find((l) => l.startsWith(label));
    expect(row('Faaborg-Midtfyn Kommune 1')).toBe('Faaborg-Midtfyn Kommune 133.333 160.000 293.333');
    expect(row('Nyborg Kommune')).toBe('Nyborg Kommune 133.334 160.000 293.334');
    expect(lines).toContain('I alt 400.000 480.000 880.000');
    expect(text).toContain('Det indstilles, at');
    expect(text).toMatch(/1\.\s+erhvervsmentorkorpset etableres som et toårigt opstartsforløb 2014–2015/);
    expect(text).toMatch(/2\.\s+udgiften på 133\.333 kr\. i 2014/);
    expect(lines).toContain('Bilag 1 Samarbejdsaftale om erhvervsmentorkorps');
    expect(text).toMatch(/Side 1 af \d/);

    const working = pdfText(await call(ctx, 'memos.pdf', { id }));
    expect(working).toContain('Kladde til version 2');
    expect(working).toContain('revideret');
  });

  it('demo data shows memos in every stage, written by the coordinator from the actor register', async () => {
    const db = await memoryDb();
    const clock = fixedClock('2026-12-09T10:00:00+01:00');
    await loadDemoData(db, clock);
    const ctx = { ...ctxOf(db), clock };
    const { items } = await call(ctx, 'memos.list', {});
    expect(items.map((m) => m.status).sort()).toEqual(['decided', 'review', 'sent']);
    // Sent two weeks before today (version 2 after a revision), for the finance committee next week.
    expect(items.find((m) => m.status === 'sent')).toMatchObject({ title: 'Erhvervsmentorkorps for unge i Hvidovre', awaitingDecision: true, sentVersion: 2, author: 'Mette Frølund, Sekretariatskoordinator, Skoleafdelingen' });
    const sent = await call(ctx, 'memos.get', { id: items.find((m) => m.status === 'sent')!.id });
    expect([sent.memoDate, sent.meetingDate, sent.caseNumber]).toEqual(['2026-11-16', '2026-12-15', '15.20.00-P20-1-26']);
    for (const m of items) expect(pdfText(await call(ctx, 'memos.pdf', { id: m.id }))).toContain(m.title.slice(0, 30));
  });
});
