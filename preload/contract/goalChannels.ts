import { channel, type ChannelDef } from './channel';
import { byId, byIdVersioned, type FileResult } from './common';
import * as g from './goals';

export const goalChannels = {
  'goals.list': channel(g.goalListQuery).returns<g.GoalPage>(),
  'goals.get': channel(byId).returns<g.Goal>(),
  'goals.create': channel(g.goalInput).returns<g.Goal>(),
  'goals.update': channel(g.updateGoal).returns<g.Goal>(),
  'goals.delete': channel(byIdVersioned).returns<{ deleted: true }>(),
  'measurements.add': channel(g.measurementInput).returns<g.Goal>(),
  'measurements.delete': channel(byId).returns<g.Goal>(),

  'keyFigures.table': channel(g.keyFigureTableQuery).returns<g.KeyFigureRow[]>(),
  'keyFigures.create': channel(g.keyFigureInput).returns<{ id: number }>(),
  'keyFigures.update': channel(g.updateKeyFigure).returns<{ id: number }>(),
  'keyFigures.delete': channel(byIdVersioned).returns<{ deleted: true }>(),
  'keyFigures.setValue': channel(g.keyFigureValueInput).returns<{ saved: true }>(),

  'statusReport.xlsx': channel(g.reportExport).file<FileResult>(),
  'statusReport.pdf': channel(g.reportExport).file<FileResult>(),
} satisfies Record<string, ChannelDef>;
