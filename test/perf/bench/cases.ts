import { actorCases } from './actorCases';
import type { CaseSource } from './queryCase';

/** Every screen's list queries. A feature adds its case source here with one line. */
export const caseSources: CaseSource[] = [actorCases];
