import { z } from 'zod';
import { text } from './common';

/** The best `limit` hits are ranked and returned; `more` says whether there were others. */
export const searchQuery = z.strictObject({ q: text(200), limit: z.number().int().min(1).max(50).default(20) });

/** A piece of text; `hit` parts matched a search word and are shown highlighted. */
export interface TextPart {
  text: string;
  hit: boolean;
}

export interface SearchHit {
  kind: string;
  id: number;
  /** Hash route that opens the object, without '#/'. */
  route: string;
  title: TextPart[];
  /** The matched phrase from the rest of the object's text; empty when only the title matched. */
  snippet: TextPart[];
  /** The object's own date (a meeting's day, an involvement's date, a goal's deadline …), ISO; null when it has none. */
  date: string | null;
  /** Where it belongs, as names from the data: the body and place of a meeting, the meeting of an agenda item, a person's organisation … */
  context: string[];
}

export interface SearchResult {
  hits: SearchHit[];
  /** More objects matched than the `limit` returned ("mere end 20"). */
  more: boolean;
  /** The index is being rebuilt in the background: objects not yet indexed are missing from the hits. */
  incomplete: boolean;
}

/** The search index's state: rebuilt in the background after an update or on an older file (done of `of` objects). */
export const searchIndexStatus = z.object({
  rebuilding: z.boolean(),
  done: z.number().int().min(0),
  of: z.number().int().min(0),
});
export type SearchIndexStatus = z.infer<typeof searchIndexStatus>;
