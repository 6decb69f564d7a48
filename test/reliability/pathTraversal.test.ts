import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database';
import { dispatch } from '../../main/api/dispatch';
import { call, ctxOf } from '../helpers/db';
import { recordFigure } from './figures';

const MARK = `samspil-evil-${process.pid}`;

/** Attacker-chosen file names: relative and absolute escapes in Unix and Windows forms, encodings, devices. */
function hostileNames(): string[] {
  const ups = ['../', '..\\', '../../../../', '..\\..\\..\\', './../', '....//', '..%2f', '%2e%2e%2f', '..%5c', '%2e%2e/', '..\u2215', '..\uff0f', '.\u0000./', '..;/', '..//', '.../', '%252e%252e%252f', '..%c0%af'];
  const targets = [`${MARK}.pdf`, `tmp/${MARK}.txt`, `etc/${MARK}`, `${MARK}.sqlite`, `bilag/../${MARK}.docx`, `.ssh/${MARK}`, `AppData/Roaming/${MARK}.lnk`, `${MARK}.sqlite-wal`, `Desktop/${MARK}.xlsx`, `..${MARK}.ics`];
  const names = ups.flatMap((u) => targets.map((t) => `${u}${t}`));
  names.push(
    ...targets.map((t) => `/tmp/${t}`),
    ...targets.map((t) => `C:\\Windows\\Temp\\${t}`),
    ...targets.map((t) => `\\\\server\\share\\${t}`),
    ...targets.map((t) => `file:///tmp/${t}`),
    ...['CON', 'PRN', 'AUX', 'NUL', 'COM1', 'LPT1'].map((d) => `${d}.pdf`),
    `${'a'.repeat(300)}.pdf`, '.', '..', '...', '.samspil.sqlite', 'samspil.sqlite', 'samspil.sqlite-wal', ' ', 'bilag', `~/${MARK}`, `$HOME/${MARK}`,
  );
  return names;
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

describe('path traversal in attachment and export file names', () => {
  it('writes every attachment inside the data folder`s bilag/ and never names an export with a path', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-trav-'));
    const outside = path.dirname(root);
    const outsideBefore = new Set(fs.readdirSync(outside));
    const file = path.join(root, 'data', 'samspil.sqlite');
    const db = await openDatabase({ file });
    const ctx = ctxOf(db);
    const body = await call(ctx, 'bodies.create', { name: 'Styregruppen', kind: 'steering_group' });
    const names = hostileNames();
    const meeting = await call(ctx, 'meetings.create', { data: { title: names[0]!, type: 'steering_group', bodyId: body.id, date: '2026-12-01', startTime: '13:00', endTime: '15:00', place: 'Rådhuset' } });
    const item = meeting.items[0] ?? (await call(ctx, 'agenda.add', { meetingId: meeting.id, data: { title: 'Bilag', kind: 'orientation', durationMinutes: 10 } })).items[0]!;
    let accepted = 0;
    for (const fileName of names) {
      const r = await dispatch(ctx, 'agenda.attach', { itemId: item.id, fileName, base64: Buffer.from('%PDF-1.4 bilag').toString('base64') }, () => undefined);
      if (r.ok) accepted++;
    }
    const written = filesUnder(root).filter((f) => !f.startsWith(path.join(root, 'data', 'samspil.sqlite')));
    const bilag = path.join(root, 'data', 'bilag');
    const strays = written.filter((f) => path.dirname(f) !== bilag);
    const outsideNew = fs.readdirSync(outside).filter((f) => !outsideBefore.has(f) && f.includes(MARK));
    const absolute = ['/tmp', '/etc', os.homedir()].flatMap((d) => (fs.existsSync(d) ? fs.readdirSync(d).filter((f) => f.includes(MARK)) : []));

    // Export names built from user text (a meeting titled like a path, a person named like one).
    const person = await call(ctx, 'people.create', { name: '..\\..\\Windows\\system32' });
    const exports = [
      await call(ctx, 'meetings.agendaPdf', { id: meeting.id }),
      await call(ctx, 'people.exportData', { id: person.id }),
    ];
    const badExportNames = exports.filter((e) => /[\\/]|^\.|\0/.test(e.fileName));
    await db.close();

    const failed = strays.length + outsideNew.length + absolute.length + badExportNames.length;
    recordFigure('Path traversal in attachment and export names', names.length + exports.length, failed, `${accepted} attachments stored (under generated names in bilag/), ${strays.length + outsideNew.length + absolute.length} files outside; export names: ${exports.map((e) => e.fileName).join(' · ')}`);
    expect(names.length).toBeGreaterThanOrEqual(200);
    expect(written.filter((f) => path.dirname(f) === bilag)).toHaveLength(accepted);
    expect(strays).toEqual([]);
    expect(outsideNew).toEqual([]);
    expect(absolute).toEqual([]);
    expect(badExportNames).toEqual([]);
    fs.rmSync(root, { recursive: true, force: true });
  });
});
