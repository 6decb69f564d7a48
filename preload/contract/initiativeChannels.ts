import { channel, type ChannelDef } from './channel';
import { byId, byIdVersioned, empty, type Page } from './common';
import * as i from './initiatives';

export const initiativeChannels = {
  'tracks.list': channel(empty).returns<i.Track[]>(),
  'tracks.create': channel(i.trackInput).returns<i.Track>(),
  'tracks.update': channel(i.updateTrack).returns<i.Track>(),
  'tracks.delete': channel(byIdVersioned).returns<{ deleted: true }>(),

  'targetGroups.list': channel(empty).returns<i.TargetGroup[]>(),
  'targetGroups.create': channel(i.targetGroupInput).returns<i.TargetGroup>(),
  'targetGroups.update': channel(i.updateTargetGroup).returns<i.TargetGroup>(),
  'targetGroups.delete': channel(byIdVersioned).returns<{ deleted: true }>(),

  'initiatives.list': channel(i.initiativeListQuery).returns<Page<i.InitiativeSummary>>(),
  'initiatives.get': channel(byId).returns<i.Initiative>(),
  'initiatives.create': channel(i.createInitiative).returns<i.Initiative>(),
  'initiatives.update': channel(i.updateInitiative).returns<i.Initiative>(),
  'initiatives.setStatus': channel(i.statusChangeInput).returns<i.Initiative>(),
  /** Removes one entry of the status history (a correction); the initiative keeps at least one. */
  'initiatives.removeStatus': channel(i.removeStatusInput).returns<i.Initiative>(),
  'initiatives.delete': channel(byIdVersioned).returns<{ deleted: true }>(),
} satisfies Record<string, ChannelDef>;
