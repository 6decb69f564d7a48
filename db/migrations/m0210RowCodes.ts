import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';
import { col } from './columns';

const WEEKDAYS = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'];
const ORDINALS = ['', 'første', 'anden', 'tredje', 'fjerde', 'sidste'];

/** The series rule earlier versions wrote in Danish ("Hver anden måned, første tirsdag, kl. 09.00, 2 timer"), as codes; null when it is not one. */
export function parseDanishSeriesRule(rule: string): { everyMonths: number; weekday: number; ordinal: number; startTime: string; durationMinutes: number } | null {
  const m = /^Hver (måned|anden måned|(\d+)\. måned), (første|anden|tredje|fjerde|sidste) (mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag), kl\. (\d\d)\.(\d\d), (?:(\d+) timer|(\d+) min\.)$/.exec(rule.trim());
  if (!m) return null;
  const everyMonths = m[1] === 'måned' ? 1 : m[1] === 'anden måned' ? 2 : Number(m[2]);
  return {
    everyMonths,
    weekday: WEEKDAYS.indexOf(m[4]!),
    ordinal: ORDINALS.indexOf(m[3]!),
    startTime: `${m[5]}:${m[6]}`,
    durationMinutes: m[7] ? Number(m[7]) * 60 : Number(m[8]),
  };
}

/** Status notes main wrote in Danish when a memo's decision moved an initiative; the memo's title is kept as the note. */
const NOTE_PREFIXES: [string, string][] = [
  ['Godkendt: ', 'approved'],
  ['Beslutning fortrudt: ', 'undone'],
];

/**
 * Issue 13: rows hold codes and values, not prose, so the reader's language can say them. The meeting
 * series keeps its rule as codes (every n months, weekday, which one, time, duration); a status change
 * made by a memo's decision keeps a note kind and the memo's title. Text that is not one of the known
 * Danish patterns stays as the user's own text.
 */
export class RowCodes1700000000210 implements MigrationInterface {
  name = 'RowCodes1700000000210';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('meeting_series', [
      new TableColumn(col.int('every_months', true)),
      new TableColumn(col.int('weekday', true)),
      new TableColumn(col.int('ordinal', true)),
      new TableColumn(col.str('start_time', 5, true)),
      new TableColumn(col.int('duration_minutes', true)),
    ]);
    await q.addColumn('initiative_status', new TableColumn(col.str('note_kind', 20, true)));
    const pg = q.connection.driver.options.type === 'postgres';
    const $ = (i: number) => (pg ? `$${i}` : '?');
    for (const row of (await q.query('SELECT id, rule FROM meeting_series')) as { id: number; rule: string }[]) {
      const c = parseDanishSeriesRule(row.rule ?? '');
      if (!c) continue;
      await q.query(
        `UPDATE meeting_series SET every_months = ${$(1)}, weekday = ${$(2)}, ordinal = ${$(3)}, start_time = ${$(4)}, duration_minutes = ${$(5)}, rule = ${$(6)} WHERE id = ${$(7)}`,
        [c.everyMonths, c.weekday, c.ordinal, c.startTime, c.durationMinutes, '', row.id],
      );
    }
    for (const [prefix, kind] of NOTE_PREFIXES) {
      const rows = (await q.query(`SELECT id, note FROM initiative_status WHERE note LIKE ${$(1)}`, [`${prefix}%`])) as { id: number; note: string }[];
      for (const row of rows.filter((r) => r.note.startsWith(prefix))) {
        await q.query(`UPDATE initiative_status SET note_kind = ${$(1)}, note = ${$(2)} WHERE id = ${$(3)}`, [kind, row.note.slice(prefix.length), row.id]);
      }
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('initiative_status', 'note_kind');
    for (const c of ['duration_minutes', 'start_time', 'ordinal', 'weekday', 'every_months']) await q.dropColumn('meeting_series', c);
  }
}
