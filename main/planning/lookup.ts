// What other features may read of planning: the year's milestones and their kind's label (overview).
export { milestonesOfYear } from './milestoneService';
export { milestoneKindLabel } from './labels';
