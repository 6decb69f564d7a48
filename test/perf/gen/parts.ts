import { actorsPart } from './actorsPart';
import { goalsPart } from './goalsPart';
import { initiativesPart } from './initiativesPart';
import { involvementPart } from './involvementPart';
import { meetingsPart } from './meetingsPart';
import { memosPart } from './memosPart';
import type { GenPart } from './part';

/** In dependency order. A feature adds its part here with one line. */
export const genParts: GenPart[] = [
  actorsPart,
  meetingsPart,
  initiativesPart,
  goalsPart,
  memosPart,
  involvementPart, // last: it tops up the automatic records of meetings and initiatives to the volume
];
