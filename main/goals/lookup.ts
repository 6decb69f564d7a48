// What other features may read of goals and key figures: the overview's goal items and the status report.
export { goalStatusesIn, goalSummariesIn, type GoalStatusLine } from './goalList';
export { listGoalsIn } from './goalService';
export { keyFigureTableIn } from './keyFigureService';
