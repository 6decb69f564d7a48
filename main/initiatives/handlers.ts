import type { initiativeChannels } from '../../preload/contract/initiativeChannels';
import type { HandlersFor } from '../api/handlers';
import * as ini from './initiativeService';
import * as tracks from './trackService';
import { listInitiativePage } from './initiativeList';

export const initiativeHandlers: HandlersFor<keyof typeof initiativeChannels> = {
  'tracks.list': (ctx) => tracks.listTracks(ctx.db),
  'tracks.create': (ctx, input) => tracks.createTrack(ctx.db, input),
  'tracks.update': (ctx, { id, data }) => tracks.updateTrack(ctx.db, id, data),
  'tracks.delete': (ctx, { id }) => tracks.deleteTrack(ctx.db, id),

  'targetGroups.list': (ctx) => tracks.listTargetGroups(ctx.db),
  'targetGroups.create': (ctx, input) => tracks.createTargetGroup(ctx.db, input),
  'targetGroups.update': (ctx, { id, data }) => tracks.updateTargetGroup(ctx.db, id, data),
  'targetGroups.delete': (ctx, { id }) => tracks.deleteTargetGroup(ctx.db, id),

  'initiatives.list': (ctx, q) => listInitiativePage(ctx.db, q),
  'initiatives.get': (ctx, { id }) => ini.getInitiative(ctx.db, id),
  'initiatives.create': (ctx, input) => ini.createInitiative(ctx.db, input),
  'initiatives.update': (ctx, { id, data, version }) => ini.updateInitiative(ctx.db, id, data, version),
  'initiatives.setStatus': (ctx, input) => ini.changeStatus(ctx.db, input),
  'initiatives.removeStatus': (ctx, { id }) => ini.removeStatus(ctx.db, id),
  'initiatives.delete': (ctx, { id, version }) => ini.deleteInitiative(ctx.db, id, version),
};
