// Planning's search document (a milestone), for the indexer and GDPR erasure.
export { indexMilestone } from './milestoneService';
