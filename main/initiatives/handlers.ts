import type { initiativeChannels } from '../../preload/contract/initiativeChannels';
import type { HandlersFor } from '../api/handlers';
import * as ini from './initiativeService';
import * as tracks from './trackService';
import { listInitiativePage } from './initiativeList';

export const initiativeHandlers: HandlersFor<keyof typeof initiativeChannels> = {
  'tracks.list': (ctx) => tracks.listTracks(ctx.db),
  'tracks.create': (ctx, input) => tracks.createTrack(ctx.db, input),
  'tracks.update': (ctx, { id, data, version }) => tracks.updateTrack(ctx.db, id, data, version),
  'tracks.delete': (ctx, { id, version }) => tracks.deleteTrack(ctx.db, id, version),

  'targetGroups.list': (ctx) => tracks.listTargetGroups(ctx.db),
  'targetGroups.create': (ctx, input) => tracks.createTargetGroup(ctx.db, input),
  'targetGroups.update': (ctx, { id, data, version }) => tracks.updateTargetGroup(ctx.db, id, data, version),
  'targetGroups.delete': (ctx, { id, version }) => tracks.deleteTargetGroup(ctx.db, id, version),

  'initiatives.list': (ctx, q) => listInitiativePage(ctx.db, q),
  'initiatives.get': (ctx, { id }) => ini.getInitiative(ctx.db, id),
  'initiatives.create': (ctx, input) => ini.createInitiative(ctx.db, input),
  'initiatives.update': (ctx, { id, data, version }) => ini.updateInitiative(ctx.db, id, data, version),
  'initiatives.setStatus': (ctx, input) => ini.changeStatus(ctx.db, input),
  'initiatives.removeStatus': (ctx, { id, version }) => ini.removeStatus(ctx.db, id, version),
  'initiatives.delete': (ctx, { id, version }) => ini.deleteInitiative(ctx.db, id, version),
};
