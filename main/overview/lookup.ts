// What others may read of the overview: its sections (the search screen's empty state shows them).
export { overviewSections } from './sections';
