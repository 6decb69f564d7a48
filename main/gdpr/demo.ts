import type { Database } from '../../db/database';
import { OrganisationEntity, PersonEntity } from '../../db/entities/actors';
import { createPerson } from '../actors/personService';
import { plusDays, todayIso } from '../app/days';
import { createInvolvement } from '../involvement/involvementService';

/**
 * Two ad-hoc contacts from an earlier project, last involved almost three years ago: the retention
 * proposals ("Forslag til sletning") have something to show in the demo.
 */
export async function loadGdprDemo(db: Database, today = todayIso()): Promise<void> {
  const m = db.ds.manager;
  const org = async (name: string) => (await m.getRepository(OrganisationEntity).findOneByOrFail({ name })).id;
  const contacts = [
    { name: 'Kirsten Holm-Sørensen', title: 'Praktikkoordinator', organisationId: await org('CPH West'), email: 'khs@cphwest.dk', days: -1010, topic: 'Praktikpladser til elever på grundforløbet' },
    { name: 'Mads Åkerlund', title: 'Projektleder', organisationId: await org('SOSU H'), email: 'maak@sosuh.dk', days: -980, topic: 'Brobygning til social- og sundhedsuddannelserne' },
  ];
  for (const c of contacts) {
    const p = await createPerson(db, { name: c.name, title: c.title, organisationId: c.organisationId, email: c.email, phone: null, notes: null, relation: 'adhoc', relationReason: null });
    const date = plusDays(today, c.days);
    await createInvolvement(db, { actorKind: 'person', actorId: p.id, date, form: 'consulted', topic: c.topic, outcome: null, followUpDate: null });
    // Registered when they were first involved, not today.
    await m.getRepository(PersonEntity).update({ id: p.id }, { createdAt: `${date}T09:00:00.000Z` });
  }
}
