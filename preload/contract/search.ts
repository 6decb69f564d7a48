import { z } from 'zod';
import { text } from './common';

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
  snippet: TextPart[];
}
