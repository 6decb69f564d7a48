import { channel, type ChannelDef } from './channel';
import { byIdVersioned, docOptions, empty, type FileResult, type Page } from './common';
import * as i from './involvement';

export const involvementChannels = {
  'involvement.forActor': channel(i.actorInvolvementQuery).returns<i.ActorInvolvement>(),
  'involvement.forBody': channel(i.bodyInvolvementQuery).returns<Page<i.Involvement>>(),
  'involvement.create': channel(i.involvementInput).returns<i.Involvement>(),
  'involvement.update': channel(i.updateInvolvement).returns<i.Involvement>(),
  'involvement.delete': channel(byIdVersioned).returns<i.Involvement>(),
  'involvement.setRule': channel(i.involvementRuleInput).returns<i.ActorInvolvement>(),
  'involvement.status': channel(i.involvementStatusQuery).returns<i.InvolvementStatus>(),
  'involvement.matrix': channel(i.involvementMatrixQuery).returns<i.InvolvementMatrix>(),
  'stakeholders.get': channel(empty).returns<i.StakeholderMap>(),
  'stakeholders.candidates': channel(i.stakeholderCandidateQuery).returns<i.StakeholderCandidates>(),
  'stakeholders.place': channel(i.stakeholderPlacement).returns<i.StakeholderMap>(),
  'stakeholders.pdf': channel(docOptions).file<FileResult>(),
} satisfies Record<string, ChannelDef>;
