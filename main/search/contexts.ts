import { actorContexts } from '../actors/searchContext';
import { goalContext } from '../goals/searchContext';
import { initiativeContext } from '../initiatives/searchContext';
import { involvementContext } from '../involvement/searchContext';
import { meetingContexts } from '../meetings/searchContext';
import { memoContext } from '../memos/searchContext';
import { milestoneContext } from '../planning/searchContext';
import type { ContextResolver } from './hitContext';

/** Every kind in the index → the feature function that reads its date and context (see reindex.ts for the writers). */
export const contextResolvers: Record<string, ContextResolver> = {
  ...actorContexts,
  ...meetingContexts,
  involvement: involvementContext,
  milestone: milestoneContext,
  initiative: initiativeContext,
  goal: goalContext,
  memo: memoContext,
};
