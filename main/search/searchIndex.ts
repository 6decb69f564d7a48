import type { EntityManager } from 'typeorm';
import { storageOf } from '../../db/engine';
import { searchKey } from '../../db/textKeys';

export interface SearchDocument {
  /** 'organisation', 'person', 'milestone', 'meeting', 'agenda_item', … one per kind of object. */
  kind: string;
  id: number;
  title: string;
  /** Everything else worth finding, as the user wrote it. */
  body: string;
  /** Hash route that opens the object, without '#/' (e.g. 'meetings/detail/12'). */
  route: string;
}

/**
 * Puts one object into the search index (or replaces it). Call it with the transaction's manager
 * right after writing the object, so the index never disagrees with the data.
 */
export async function indexDocument(m: EntityManager, doc: SearchDocument): Promise<void> {
  await storageOf(m.connection).search.upsert(m, {
    kind: doc.kind,
    refId: doc.id,
    route: doc.route,
    title: doc.title,
    body: doc.body,
    titleKey: searchKey(doc.title),
    bodyKey: searchKey(doc.body),
  });
}

/** Documents of objects created in this transaction (bulk inserts): nothing to replace, so one insert for many. */
export async function indexNewDocuments(m: EntityManager, docs: SearchDocument[]): Promise<void> {
  await storageOf(m.connection).search.insertMany(
    m,
    docs.map((doc) => ({ kind: doc.kind, refId: doc.id, route: doc.route, title: doc.title, body: doc.body, titleKey: searchKey(doc.title), bodyKey: searchKey(doc.body) })),
  );
}

export async function removeDocument(m: EntityManager, kind: string, id: number): Promise<void> {
  await storageOf(m.connection).search.remove(m, kind, id);
}

/** Removes every document of `kinds` that opens `route`, e.g. all parts of one meeting before they are written again. */
export async function removeDocumentsAt(m: EntityManager, route: string, kinds: readonly string[]): Promise<void> {
  await storageOf(m.connection).search.removeAt(m, route, kinds);
}

/** Joins the non-empty parts of a document body, one per line. */
export const bodyOf = (...parts: (string | null | undefined)[]) => parts.filter((p): p is string => !!p && p.trim() !== '').join('\n');
