import type BetterSqlite3 from 'better-sqlite3';
import { call } from '../../helpers/db';
import { BODY_PAGE, BODY_PREVIEW, type Body, type BodySummary } from '../../../preload/contract';
import { all, one } from './floorSql';
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

/**
 * A body's page by hand: the body, every live member's ids (the membership index on body_id, then the
 * members' primary keys; their number is the total) and the first page with names, by id.
 */
export function bodyPageFloor(raw: BetterSqlite3.Database, bodyId: number, limit = BODY_PAGE) {
  const body = one<{ id: number; name: string }>(raw, 'SELECT id, name, kind, description, version, updated_by, updated_at FROM body WHERE id = ? AND deleted_at IS NULL', bodyId);
  const from = `FROM membership m LEFT JOIN person p ON p.id = m.person_id LEFT JOIN organisation o ON o.id = m.organisation_id WHERE m.body_id = ? AND ${live('m', 'p', 'o')}`;
  const ids = all<{ person_id: number | null; organisation_id: number | null }>(raw, `SELECT m.person_id, m.organisation_id ${from}`, bodyId);
  const members = all<{ id: number; person: string | null; org: string | null; role: string }>(
    raw, `SELECT m.id, p.name AS person, o.name AS org, m.role, m.person_id, m.organisation_id, m.from_date, m.to_date ${from} ORDER BY m.id LIMIT ?`, bodyId, limit,
  );
  const distinct = (k: 'person_id' | 'organisation_id') => new Set(ids.map((r) => r[k]).filter((v) => v !== null)).size;
  return { id: body.id, memberCount: ids.length, people: distinct('person_id'), organisations: distinct('organisation_id'), members: members.map((m) => [m.id, m.person ?? m.org, m.role]) };
}

const bodyPageKey = (r: unknown) => {
  const b = r as Body | ReturnType<typeof bodyPageFloor>;
  return 'memberIds' in b
    ? [b.id, b.memberCount, b.memberIds.people.length, b.memberIds.organisations.length, b.members.map((m) => [m.id, m.personName ?? m.organisationName, m.role])]
    : [b.id, b.memberCount, b.people, b.organisations, b.members];
};

/** The body with the most memberships (the bench's loop and HTTP measure it too). */
export const largestBody = (raw: BetterSqlite3.Database) =>
  one<{ id: number } | undefined>(raw, 'SELECT body_id AS id FROM membership GROUP BY body_id ORDER BY COUNT(*) DESC, body_id LIMIT 1')?.id ?? 1;

export const bodyCases: CaseSource = (raw) => {
  const big = largestBody(raw);
  return [
    {
      name: 'bodies: the Organer list',
      screen: 'Aktører › Organer',
      service: (ctx) => call(ctx, 'bodies.list', {}),
      floor: (r) => bodyListFloor(r),
      key: (r) =>
        (r as (BodySummary | ReturnType<typeof bodyListFloor>[number])[]).map((b) => [
          b.id, b.name, b.memberCount,
          'version' in b ? b.preview.map((m) => [m.id, m.personName ?? m.organisationName, m.role]) : b.preview,
        ]),
    },
    {
      name: `body page of the largest body: first page of ${BODY_PAGE} members`,
      screen: 'Aktører › Organ',
      service: (ctx) => call(ctx, 'bodies.get', { id: big }),
      floor: (r) => bodyPageFloor(r, big),
      key: bodyPageKey,
    },
  ];
};
