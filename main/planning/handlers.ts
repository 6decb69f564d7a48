import { appLanguage } from '../settings/lookup';
import type { planningChannels } from '../../preload/contract/planningChannels';
import type { HandlersFor } from '../api/handlers';
import * as ms from './milestoneService';
import { wheelPdf } from './wheelPdf';
import { getWheel } from './wheelSources';

export const planningHandlers: HandlersFor<keyof typeof planningChannels> = {
  'milestones.list': (ctx, { year }) => ms.listMilestones(ctx.db, year),
  'milestones.get': (ctx, { id }) => ms.getMilestone(ctx.db, id),
  'milestones.create': (ctx, input) => ms.createMilestone(ctx.db, input),
  'milestones.update': (ctx, { id, data, version }) => ms.updateMilestone(ctx.db, id, data, version),
  'milestones.delete': (ctx, { id, version }) => ms.deleteMilestone(ctx.db, id, version),
  'wheel.get': (ctx, { year }) => getWheel(ctx.db, year),
  'wheel.pdf': async (ctx, { year, language }) => wheelPdf(ctx.db, year, language ?? (await appLanguage(ctx.db))),
};
