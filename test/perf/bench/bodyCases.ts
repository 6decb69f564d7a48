import type BetterSqlite3 from 'better-sqlite3';
import { call } from '../../helpers/db';
import { BODY_PREVIEW, type BodySummary } from '../../../preload/contract';
import { all } from './floorSql';
import type { CaseSource } from './queryCase';

const live = (mb: string, p: string, o: string) =>
  `(${mb}.person_id IS NULL OR (${p}.id IS NOT NULL AND ${p}.deleted_at IS NULL)) AND (${mb}.organisation_id IS NULL OR (${o}.id IS NOT NULL AND ${o}.deleted_at IS NULL))`;

/**
 * The Organer list as the screen shows it, by hand: every live body with its description, version and
 * live member count (membership index, then the members' primary keys), and its first members with
 * names and roles (each body's first ids by the membership index).
 */
export function bodyListFloor(raw: BetterSqlite3.Database) {
  const bodies = all<{ id: number; name: string; kind: string; description: string | null; version: number; n: number }>(
    raw,
    `SELECT b.id, b.name, b.kind, b.description, b.version, b.updated_by, b.updated_at,
       (SELECT COUNT(*) FROM membership m LEFT JOIN person p ON p.id = m.person_id LEFT JOIN organisation o ON o.id = m.organisation_id
         WHERE m.body_id = b.id AND ${live('m', 'p', 'o')}) AS n
     FROM body b WHERE b.deleted_at IS NULL ORDER BY b.sort_key, b.id`,
  );
  const members = all<{ id: number; body_id: number; person: string | null; org: string | null; role: string }>(
    raw,
    `SELECT m.id, m.body_id, p.name AS person, o.name AS org, m.role, m.person_id, m.organisation_id, m.from_date, m.to_date, b.name, b.kind
       FROM body b JOIN membership m ON m.id IN (SELECT m2.id FROM membership m2 LEFT JOIN person p2 ON p2.id = m2.person_id LEFT JOIN organisation o2 ON o2.id = m2.organisation_id
                                                 WHERE m2.body_id = b.id AND ${live('m2', 'p2', 'o2')} ORDER BY m2.id LIMIT ?)
       LEFT JOIN person p ON p.id = m.person_id LEFT JOIN organisation o ON o.id = m.organisation_id
      WHERE b.deleted_at IS NULL`,
    BODY_PREVIEW,
  );
  const byBody = new Map<number, typeof members>();
  for (const m of members) byBody.set(m.body_id, [...(byBody.get(m.body_id) ?? []), m]);
  return bodies.map((b) => ({ id: b.id, name: b.name, memberCount: b.n, preview: (byBody.get(b.id) ?? []).sort((x, y) => x.id - y.id).map((m) => [m.id, m.person ?? m.org, m.role]) }));
}

export const bodyCases: CaseSource = () => [
  {
    name: 'bodies: the Organer list',
    screen: 'Aktører › Organer',
    service: (ctx) => call(ctx, 'bodies.list', {}),
    floor: (raw) => bodyListFloor(raw),
    key: (r) =>
      (r as (BodySummary | ReturnType<typeof bodyListFloor>[number])[]).map((b) => [
        b.id, b.name, b.memberCount,
        'version' in b ? b.preview.map((m) => [m.id, m.personName ?? m.organisationName, m.role]) : b.preview,
      ]),
  },
];
