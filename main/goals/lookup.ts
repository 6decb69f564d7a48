// What other features may read of goals and key figures: the overview's goal items and the status report.
export { goalSummariesIn } from './goalList';
export { listGoalsIn } from './goalService';
export { keyFigureTableIn } from './keyFigureService';
