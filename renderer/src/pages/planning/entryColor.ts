import type { WheelEntry } from '../../../../preload/contract';
import { categoryColor } from '../../../../preload/contract/wheelGeometry';

export const entryColor = (e: WheelEntry) => categoryColor[e.category] ?? categoryColor[e.ring] ?? '#7f8c8d';

/** The entry's label in the year's own language: a category of milestones, or the ring's name. */
export const categoryKey = (e: WheelEntry) => (e.ring === 'milestones' ? `milestoneKind.${e.category}` : `wheelRing.${e.ring}`);
