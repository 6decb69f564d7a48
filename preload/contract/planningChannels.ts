import { channel, type ChannelDef } from './channel';
import { byId, byIdVersioned, docLanguage, type FileResult } from './common';
import * as p from './planning';

export const planningChannels = {
  'milestones.list': channel(p.yearQuery).returns<p.Milestone[]>(),
  'milestones.get': channel(byId).returns<p.Milestone>(),
  'milestones.create': channel(p.milestoneInput).returns<p.Milestone>(),
  'milestones.update': channel(p.updateMilestone).returns<p.Milestone>(),
  'milestones.delete': channel(byIdVersioned).returns<p.Milestone>(),
  'wheel.get': channel(p.yearQuery).returns<p.Wheel>(),
  'wheel.pdf': channel(p.yearQuery.extend({ language: docLanguage })).file<FileResult>(),
} satisfies Record<string, ChannelDef>;
