import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every table the user edits through a form, and whether it lacks an updated_at of its own. */
export const VERSIONED_TABLES: Record<string, { addUpdatedAt: boolean }> = {
  organisation: { addUpdatedAt: false },
  person: { addUpdatedAt: false },
  body: { addUpdatedAt: false },
  meeting: { addUpdatedAt: false },
  agenda_item: { addUpdatedAt: true },
  meeting_invitee: { addUpdatedAt: true },
  decision: { addUpdatedAt: true },
  action_item: { addUpdatedAt: false },
  track: { addUpdatedAt: false },
  target_group: { addUpdatedAt: true },
  initiative: { addUpdatedAt: false },
  goal: { addUpdatedAt: false },
  key_figure: { addUpdatedAt: true },
  memo: { addUpdatedAt: false },
  milestone: { addUpdatedAt: false },
  involvement: { addUpdatedAt: false },
};

/**
 * Issue 16, several users at once: every editable row gets a version (1 for every row that exists),
 * who changed it last, and when. A save based on an older version is refused (main/versions).
 *
 * Plain `ALTER TABLE … ADD COLUMN`, which both engines speak alike: TypeORM's addColumn rebuilds a
 * SQLite table, which would copy every actor and meeting and drop the actor tables' trigram triggers.
 */
export class Versions1700000000240 implements MigrationInterface {
  name = 'Versions1700000000240';

  async up(q: QueryRunner): Promise<void> {
    for (const [table, { addUpdatedAt }] of Object.entries(VERSIONED_TABLES)) {
      await q.query(`ALTER TABLE ${table} ADD COLUMN version integer NOT NULL DEFAULT 1`);
      await q.query(`ALTER TABLE ${table} ADD COLUMN updated_by varchar(100)`);
      if (addUpdatedAt) await q.query(`ALTER TABLE ${table} ADD COLUMN updated_at varchar(30)`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table, { addUpdatedAt }] of Object.entries(VERSIONED_TABLES)) {
      if (addUpdatedAt) await q.dropColumn(table, 'updated_at');
      await q.dropColumn(table, 'updated_by');
      await q.dropColumn(table, 'version');
    }
  }
}
