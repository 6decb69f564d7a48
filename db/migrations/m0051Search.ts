import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '../engine';
import { dropSearchIndex, upsertSearchRowBeforeRefs as upsertSearchRow } from '../sqliteSearch';
import { searchKey } from '../textKeys';

type Row = Record<string, string | number | null>;
const join = (...parts: (string | number | null | undefined)[]) => parts.filter((p) => p !== null && p !== undefined && p !== '').join('\n');

/** The full-text index; actors written before it are indexed here, later writes keep it in step themselves. */
export class Search1700000000051 implements MigrationInterface {
  name = 'Search1700000000051';

  async up(q: QueryRunner): Promise<void> {
    await schemaOf(q).createSearchIndex();
    const orgs: Row[] = await q.query('SELECT id, name, address, website, notes, relation_reason FROM organisation WHERE deleted_at IS NULL');
    for (const o of orgs) {
      const body = join(o.relation_reason, o.address, o.website, o.notes);
      await upsertSearchRow(q, { kind: 'organisation', refId: Number(o.id), route: `actors/organisations/${o.id}`, title: String(o.name), body, titleKey: searchKey(String(o.name)), bodyKey: searchKey(body) });
    }
    const people: Row[] = await q.query(
      'SELECT p.id, p.name, p.title, p.email, p.phone, p.notes, p.relation_reason, o.name AS org FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id WHERE p.deleted_at IS NULL',
    );
    for (const p of people) {
      const body = join(p.title, p.org, p.email, p.phone, p.relation_reason, p.notes);
      await upsertSearchRow(q, { kind: 'person', refId: Number(p.id), route: `actors/people/${p.id}`, title: String(p.name), body, titleKey: searchKey(String(p.name)), bodyKey: searchKey(body) });
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await dropSearchIndex(q);
  }
}
