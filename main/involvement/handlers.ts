import { appLanguage } from '../settings/lookup';
import type { involvementChannels } from '../../preload/contract/involvementChannels';
import type { HandlersFor } from '../api/handlers';
import { bodyInvolvement } from './bodyInvolvement';
import * as inv from './involvementService';
import { involvementMatrix } from './heatmap';
import { getInvolvementStatus } from './involvementStatus';
import { stakeholderPdf } from './stakeholderPdf';
import { getStakeholderMap, placeStakeholder, stakeholderCandidates } from './stakeholderService';

export const involvementHandlers: HandlersFor<keyof typeof involvementChannels> = {
  'involvement.forActor': (ctx, ref) => inv.getActorInvolvement(ctx.db, ref, ctx.clock.today()),
  'involvement.forBody': (ctx, q) => bodyInvolvement(ctx.db, q),
  'involvement.create': (ctx, input) => inv.createInvolvement(ctx.db, input),
  'involvement.update': (ctx, { id, data, version }) => inv.updateInvolvement(ctx.db, id, data, version),
  'involvement.delete': (ctx, { id, version }) => inv.deleteInvolvement(ctx.db, id, version),
  'involvement.setRule': (ctx, input) => inv.setInvolvementRule(ctx.db, input),
  'involvement.status': (ctx, q) => getInvolvementStatus(ctx.db, ctx.clock.today(), q.limit),
  'involvement.matrix': (ctx, q) => involvementMatrix(ctx.db, q),
  'stakeholders.get': (ctx) => getStakeholderMap(ctx.db),
  'stakeholders.candidates': (ctx, input) => stakeholderCandidates(ctx.db, input),
  'stakeholders.place': (ctx, input) => placeStakeholder(ctx.db, input),
  'stakeholders.pdf': async (ctx, { language }) => stakeholderPdf(ctx.db, language ?? (await appLanguage(ctx.db)), ctx.clock.today()),
};
