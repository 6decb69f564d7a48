import { actorsPart } from './actorsPart';
import type { GenPart } from './part';

/** In dependency order. A feature adds its part here with one line. */
export const genParts: GenPart[] = [actorsPart];
