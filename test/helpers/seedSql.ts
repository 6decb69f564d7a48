import type { Database } from '../../db/database';

/**
 * Rows written with plain SQL valid since migration 0001, for migration tests: services assume the
 * newest schema (they also keep the search index), so an older data file is seeded without them.
 */
const stamp = '2026-01-01T00:00:00.000Z';

export async function insertOrganisation(db: Database, name: string, kind = 'municipal_department'): Promise<number> {
  await db.ds.query(
    'INSERT INTO organisation (name, kind, sort_key, search_text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    [name, kind, name.toLowerCase(), name.toLowerCase(), stamp, stamp],
  );
  return Number((await db.ds.query('SELECT MAX(id) AS id FROM organisation'))[0].id);
}

export async function insertPerson(db: Database, name: string, email: string | null = null): Promise<number> {
  await db.ds.query(
    'INSERT INTO person (name, email, sort_key, search_text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    [name, email, name.toLowerCase(), name.toLowerCase(), stamp, stamp],
  );
  return Number((await db.ds.query('SELECT MAX(id) AS id FROM person'))[0].id);
}

export async function insertBody(db: Database, name: string, kind = 'steering_group'): Promise<number> {
  await db.ds.query('INSERT INTO body (name, kind, sort_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?)', [name, kind, name.toLowerCase(), stamp, stamp]);
  return Number((await db.ds.query('SELECT MAX(id) AS id FROM body'))[0].id);
}

export async function insertMembership(db: Database, bodyId: number, personId: number, role = 'member'): Promise<void> {
  await db.ds.query('INSERT INTO membership (body_id, person_id, role) VALUES (?, ?, ?)', [bodyId, personId, role]);
}
