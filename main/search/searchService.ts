import type { Database } from '../../db/database';
import { searchKey, searchTokens } from '../../db/textKeys';
import type { ChannelParsed, SearchResult, TextPart } from '../../preload/contract';
import { contextResolvers } from './contexts';
import type { HitContext } from './hitContext';
import { highlight, snippet } from './highlight';
import { searchIndexStatus } from './indexStatus';

/** Every search word is marked in these parts. */
const covers = (parts: TextPart[], tokens: string[]) => tokens.every((t) => parts.some((p) => p.hit && searchKey(p.text).startsWith(t)));

/**
 * The best `limit` hits with their date and context, and whether more matched. The index ranks one
 * row beyond the limit to know; the contexts are read for the hits returned only, one statement per kind.
 */
export async function search(db: Database, q: ChannelParsed<'search.query'>): Promise<SearchResult> {
  const incomplete = searchIndexStatus(db).rebuilding;
  const tokens = searchTokens(q.q);
  const m = db.ds.manager;
  const rows = await db.storage.search.query(m, tokens, q.limit + 1);
  const top = rows.slice(0, q.limit);
  const byKind = new Map<string, number[]>();
  for (const r of top) byKind.set(r.kind, [...(byKind.get(r.kind) ?? []), r.refId]);
  const contexts = new Map<string, Map<number, HitContext>>();
  for (const [kind, ids] of byKind) {
    const resolve = contextResolvers[kind];
    if (resolve) contexts.set(kind, await resolve(m, ids));
  }
  const hits = top.map((r) => {
    const c = contexts.get(r.kind)?.get(r.refId);
    const title = highlight(r.title, tokens);
    const cut = snippet(r.body, tokens);
    return {
      kind: r.kind,
      id: r.refId,
      route: r.route,
      title,
      // The rest of the text only when it shows a match the title does not (a meeting's place would repeat its context).
      snippet: cut.some((p) => p.hit) && !covers(title, tokens) ? cut : [],
      date: c?.date ?? null,
      context: c?.context ?? [],
    };
  });
  return { hits, more: rows.length > q.limit, incomplete };
}
