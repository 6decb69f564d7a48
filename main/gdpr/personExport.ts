import { In } from 'typeorm';
import type { Database } from '../../db/database';
import { AuditEntity } from '../../db/entities/audit';
import type { FileResult } from '../../preload/contract';
import { personDetail } from '../actors/personService';

/**
 * Everything Samspil holds on one person (Art. 15), including when their data was changed or
 * exported. The audit entries leave out which colleague did it (CJEU C-579/21 does not require it).
 */
export async function exportPersonData(db: Database, id: number, now = new Date()): Promise<FileResult> {
  const m = db.ds.manager;
  const person = await personDetail(m, id);
  const audit = await m.getRepository(AuditEntity).find({ where: { subject: In([`people:${id}`, `person:${id}`]) }, order: { id: 'ASC' } });
  const body = {
    title: 'Indsigt i personoplysninger (databeskyttelsesforordningen art. 15)',
    generatedAt: now.toISOString(),
    person,
    processing: audit.map((a) => ({ at: a.at, action: a.action, channel: a.channel })),
  };
  const safeName = person.name.replace(/[^\p{L}\p{N} -]/gu, '').trim().slice(0, 60) || 'person';
  return {
    fileName: `Indsigt ${safeName} ${now.toISOString().slice(0, 10)}.json`,
    mimeType: 'application/json',
    base64: Buffer.from(JSON.stringify(body, null, 2), 'utf8').toString('base64'),
  };
}
