import { actorCases } from './actorCases';
import { bodyCases } from './bodyCases';
import { initiativeCases } from './initiativeCases';
import { involvementCases } from './involvementCases';
import { meetingCases } from './meetingCases';
import { overviewCases } from './overviewCases';
import { planningCases } from './planningCases';
import type { CaseSource } from './queryCase';
import { searchCases } from './searchCases';

/** Every screen's list queries. A feature adds its case source here with one line. */
export const caseSources: CaseSource[] = [actorCases, bodyCases, meetingCases, initiativeCases, involvementCases, planningCases, overviewCases, searchCases];
