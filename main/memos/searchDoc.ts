import type { EntityManager } from 'typeorm';
import { MemoEntity } from '../../db/entities/memos';
import { plainText } from '../../preload/contract';
import { bodyOf, indexDocument, removeDocument } from '../search/searchIndex';
import { contentOf } from './memoRecord';

/**
 * A decision memo is found by its title, case number and every text section (summary, background,
 * options, economy, consequences, recommendations, attachments) and by the decision recorded on it.
 */
export async function indexMemo(m: EntityManager, id: number): Promise<void> {
  const row = await m.getRepository(MemoEntity).findOneBy({ id });
  if (!row) return removeDocument(m, 'memo', id);
  const c = contentOf(row);
  const body = bodyOf(
    c.caseNumber,
    c.recipientName,
    c.author,
    plainText(c.summary),
    plainText(c.background),
    ...c.options.flatMap((o) => [o.title, plainText(o.description), plainText(o.pros), plainText(o.cons)]),
    plainText(c.economyText),
    c.economy.note,
    plainText(c.consequences),
    ...c.recommendations,
    ...c.attachments,
    row.decisionText,
  );
  await indexDocument(m, { kind: 'memo', id, title: row.title, body, route: `memos/edit/${id}` });
}
