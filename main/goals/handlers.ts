import { appLanguage } from '../settings/lookup';
import type { goalChannels } from '../../preload/contract/goalChannels';
import type { HandlersFor } from '../api/handlers';
import { statusReportDocument, statusReportWorkbook } from '../statusReport/service';
import { listGoalPage } from './goalList';
import * as goals from './goalService';
import * as kf from './keyFigureService';

export const goalHandlers: HandlersFor<keyof typeof goalChannels> = {
  'goals.list': (ctx, q) => listGoalPage(ctx.db, q),
  'goals.get': (ctx, { id }) => goals.getGoal(ctx.db, id),
  'goals.create': (ctx, input) => goals.createGoal(ctx.db, input),
  'goals.update': (ctx, { id, data, version }) => goals.updateGoal(ctx.db, id, data, version),
  'goals.delete': (ctx, { id, version }) => goals.deleteGoal(ctx.db, id, version),
  'measurements.add': (ctx, input) => goals.addMeasurement(ctx.db, input),
  'measurements.delete': (ctx, { id }) => goals.deleteMeasurement(ctx.db, id),

  'keyFigures.table': (ctx, q) => kf.keyFigureTable(ctx.db, q),
  'keyFigures.create': (ctx, input) => kf.createKeyFigure(ctx.db, input),
  'keyFigures.update': (ctx, { id, data, version }) => kf.updateKeyFigure(ctx.db, id, data, version),
  'keyFigures.delete': (ctx, { id, version }) => kf.deleteKeyFigure(ctx.db, id, version),
  'keyFigures.setValue': (ctx, input) => kf.setKeyFigureValue(ctx.db, input),

  'statusReport.xlsx': async (ctx, p) => statusReportWorkbook(ctx.db, p.fromDate, p.toDate, undefined, p.language ?? (await appLanguage(ctx.db))),
  'statusReport.pdf': async (ctx, p) => statusReportDocument(ctx.db, p.fromDate, p.toDate, undefined, p.language ?? (await appLanguage(ctx.db))),
};
