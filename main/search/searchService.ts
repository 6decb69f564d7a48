import type { Database } from '../../db/database';
import { searchTokens } from '../../db/textKeys';
import type { ChannelParsed, SearchHit } from '../../preload/contract';
import { highlight, snippet } from './highlight';

export async function search(db: Database, q: ChannelParsed<'search.query'>): Promise<SearchHit[]> {
  const tokens = searchTokens(q.q);
  const rows = await db.storage.search.query(db.ds.manager, tokens, q.limit);
  return rows.map((r) => ({
    kind: r.kind,
    id: r.refId,
    route: r.route,
    title: highlight(r.title, tokens),
    snippet: snippet(r.body, tokens),
  }));
}
