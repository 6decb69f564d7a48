import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database';
import { migrations } from '../../db/migrations';
import { parseDanishSeriesRule } from '../../db/migrations/m0210RowCodes';
import { seriesRule } from '../../main/meetings/meetingService';
import { seriesRuleText } from '../../preload/texts/seriesRule';
import { call, ctxOf, tempFile } from '../helpers/db';

const N = migrations.findIndex((m) => m.name === 'RowCodes1700000000210');
const stamp = '2013-01-01T00:00:00Z';

describe('migration 0210 (codes, not prose, in rows)', () => {
  it('turns the Danish series rules and memo status notes into codes and values, and keeps the user’s own text', async () => {
    const file = tempFile();
    const before = await openDatabase({ file, migrateTo: N });
    const q0 = (sql: string, p: unknown[] = []) => before.ds.query(sql, p);
    for (const rule of ['Hver anden måned, første tirsdag, kl. 09.00, 2 timer', 'Hver måned, sidste torsdag, kl. 16.30, 90 min.', 'Hver 3. måned, anden mandag, kl. 13.00, 3 timer', 'Efter aftale med formanden']) {
      await q0('INSERT INTO meeting_series (title, rule, created_at) VALUES (?, ?, ?)', ['Styregruppe', rule, stamp]);
    }
    await q0('INSERT INTO track (name, sort_order, sort_key, created_at, updated_at) VALUES (?, 1, ?, ?, ?)', ['Uddannelse', 'uddannelse', stamp, stamp]);
    await q0(`INSERT INTO initiative (name, track_id, status, status_date, sort_key, search_text, created_at, updated_at) VALUES ('Erhvervsmentorkorps', 1, 'decided', '2013-03-10', 'erhvervsmentorkorps', 'erhvervsmentorkorps', ?, ?)`, [stamp, stamp]);
    for (const note of ['Godkendt: Erhvervsmentorkorps i Hjørring', 'Beslutning fortrudt: Erhvervsmentorkorps i Hjørring', 'Godkendt af udvalget i telefonen', null]) {
      await q0('INSERT INTO initiative_status (initiative_id, status, date, note, created_at) VALUES (1, ?, ?, ?, ?)', ['decided', '2013-03-10', note, stamp]);
    }
    await before.close();

    const after = await openDatabase({ file });
    const q = (sql: string) => after.ds.query(sql);
    expect(await after.schemaVersion()).toBe(migrations.length);
    expect(await q('SELECT rule, every_months, weekday, ordinal, start_time, duration_minutes FROM meeting_series ORDER BY id')).toEqual([
      { rule: '', every_months: 2, weekday: 1, ordinal: 1, start_time: '09:00', duration_minutes: 120 },
      { rule: '', every_months: 1, weekday: 3, ordinal: 5, start_time: '16:30', duration_minutes: 90 },
      { rule: '', every_months: 3, weekday: 0, ordinal: 2, start_time: '13:00', duration_minutes: 180 },
      { rule: 'Efter aftale med formanden', every_months: null, weekday: null, ordinal: null, start_time: null, duration_minutes: null },
    ]);
    expect(await q('SELECT note, note_kind FROM initiative_status ORDER BY id')).toEqual([
      { note: 'Erhvervsmentorkorps i Hjørring', note_kind: 'approved' },
      { note: 'Erhvervsmentorkorps i Hjørring', note_kind: 'undone' },
      { note: 'Godkendt af udvalget i telefonen', note_kind: null },
      { note: null, note_kind: null },
    ]);
    // The screen reads the codes; the words come from the reader's language.
    const history = (await call(ctxOf(after), 'initiatives.get', { id: 1 })).history;
    expect(history.map((h) => [h.note, h.noteKind])).toContainEqual(['Erhvervsmentorkorps i Hjørring', 'approved']);
    await after.close();
  });

  it('the codes say the old Danish rule again, and the same rule in English', () => {
    const old = 'Hver anden måned, første tirsdag, kl. 09.00, 2 timer';
    const codes = parseDanishSeriesRule(old)!;
    expect(seriesRule(codes, 'da')).toBe(old);
    expect(seriesRule(codes, 'en')).toBe('Every other month, first Tuesday, at 09:00, 2 hours');
    expect(seriesRule(parseDanishSeriesRule('Hver 3. måned, sidste fredag, kl. 16.30, 90 min.')!, 'en')).toBe('Every 3 months, last Friday, at 16:30, 90 min');
  });
});

describe('new rows hold codes', () => {
  it('a memo’s approval and its undo write a note kind and the memo’s title; a new series stores its rule as codes', async () => {
    const db = await openDatabase({ file: tempFile() });
    const ctx = ctxOf(db);
    const [first] = await call(ctx, 'meetings.createSeries', { title: 'Styregruppe', type: 'steering_group', fromDate: '2026-01-01', everyMonths: 2, weekday: 1, ordinal: 1, count: 2, startTime: '09:00', durationMinutes: 120, standardItems: false });
    expect(await db.ds.query('SELECT rule, every_months, weekday, ordinal, start_time, duration_minutes FROM meeting_series')).toEqual([
      { rule: '', every_months: 2, weekday: 1, ordinal: 1, start_time: '09:00', duration_minutes: 120 },
    ]);
    // The meeting screen gets the codes and says them in the reader's language.
    const { seriesRule: rule } = await call(ctx, 'meetings.get', { id: first!.id });
    expect(rule).toEqual({ codes: { everyMonths: 2, weekday: 1, ordinal: 1, startTime: '09:00', durationMinutes: 120 }, text: '' });
    expect(seriesRuleText(rule!.codes!, 'en')).toBe('Every other month, first Tuesday, at 09:00, 2 hours');
    const track = await call(ctx, 'tracks.create', { name: 'Virksomhedssporet' });
    const corps = await call(ctx, 'initiatives.create', { status: 'proposed', statusDate: '2013-11-01', data: { name: 'Erhvervsmentorkorps', trackId: track.id, targetGroupIds: [], partnerOrganisationIds: [] } });
    const memo = await call(ctx, 'memos.create', { title: 'Erhvervsmentorkorps i Hjørring', caseNumber: null, recipientKind: 'finance_committee', memoDate: '2014-01-02' });
    await call(ctx, 'memos.linkAdd', { memoId: memo.id, targetKind: 'initiative', targetId: corps.id, label: corps.name });
    await call(ctx, 'memos.send', { id: memo.id, sentOn: '2014-01-07' });
    await call(ctx, 'memos.decide', { id: memo.id, decision: { date: '2014-01-21', body: 'Økonomiudvalget', outcome: 'approved', text: 'Godkendt.' } });
    await call(ctx, 'memos.undoDecision', { id: memo.id });
    const history = (await call(ctx, 'initiatives.get', { id: corps.id })).history;
    expect(history.filter((h) => h.noteKind).map((h) => [h.noteKind, h.note])).toEqual([
      ['approved', 'Erhvervsmentorkorps i Hjørring'],
      ['undone', 'Erhvervsmentorkorps i Hjørring'],
    ]);
    expect(await db.ds.query(`SELECT COUNT(*) AS n FROM initiative_status WHERE note LIKE 'Godkendt%' OR note LIKE 'Beslutning%'`)).toEqual([{ n: 0 }]);
    await db.close();
  });
});
