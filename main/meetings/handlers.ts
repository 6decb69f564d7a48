import { appLanguage } from '../settings/lookup';
import type { meetingChannels } from '../../preload/contract/meetingChannels';
import type { HandlersFor } from '../api/handlers';
import * as agenda from './agendaService';
import { actionItemsXlsx, agendaPdf, minutesPdf } from './documents';
import { meetingDocx } from './meetingDocx';
import { meetingIcs, seriesIcs } from './ics';
import * as invitees from './inviteeService';
import { listMeetingPage } from './meetingList';
import * as meetings from './meetingService';
import * as minutes from './minutesService';
import { seriesDates } from './schedule';

export const meetingHandlers: HandlersFor<keyof typeof meetingChannels> = {
  'meetings.list': (ctx, q) => listMeetingPage(ctx.db, q, ctx.clock.today()),
  'meetings.get': (ctx, { id }) => meetings.getMeeting(ctx.db, id),
  'meetings.create': (ctx, input) => meetings.createMeeting(ctx.db, input),
  'meetings.update': (ctx, { id, data, version }) => meetings.updateMeeting(ctx.db, id, data, version),
  'meetings.setStatus': (ctx, input) => meetings.setMeetingStatus(ctx.db, input),
  'meetings.delete': (ctx, { id, version }) => meetings.deleteMeeting(ctx.db, id, version),
  'meetings.restore': (ctx, { id }) => meetings.restoreMeeting(ctx.db, id),
  'meetings.createSeries': (ctx, input) => meetings.createSeries(ctx.db, input),
  'meetings.previewSeries': async (_ctx, s) => seriesDates(s.fromDate, s.everyMonths, s.weekday, s.ordinal, s.count),
  'meetings.typeDefaults': (ctx) => meetings.getTypeDefaults(ctx.db),
  'meetings.setTypeDefaults': (ctx, input) => meetings.setTypeDefaults(ctx.db, input),

  'agenda.add': (ctx, input) => agenda.addItem(ctx.db, input),
  'agenda.update': (ctx, input) => agenda.updateItem(ctx.db, input),
  'agenda.remove': (ctx, { id, version }) => agenda.removeItem(ctx.db, id, version),
  'agenda.reorder': (ctx, input) => agenda.reorderItems(ctx.db, input),
  'agenda.attach': (ctx, input) => agenda.attachFile(ctx.db, input),
  'agenda.detach': (ctx, { id }) => agenda.detachFile(ctx.db, id),
  'agenda.attachment': (ctx, { id }) => agenda.attachmentFile(ctx.db, id),

  'invitees.add': (ctx, input) => invitees.invite(ctx.db, input),
  'invitees.addGuest': (ctx, input) => invitees.inviteGuest(ctx.db, input),
  'invitees.update': (ctx, input) => invitees.updateInvitee(ctx.db, input),
  'invitees.remove': (ctx, { id, version }) => invitees.removeInvitee(ctx.db, id, version),

  'minutes.setItem': (ctx, input) => minutes.setItemMinutes(ctx.db, input),
  'minutes.approve': (ctx, input) => minutes.approveMinutes(ctx.db, input),
  'minutes.reopen': (ctx, { id, version }) => minutes.reopenMinutes(ctx.db, id, version),
  'decisions.add': (ctx, input) => minutes.addDecision(ctx.db, input),
  'decisions.update': (ctx, input) => minutes.updateDecision(ctx.db, input),
  'decisions.remove': (ctx, { id, version }) => minutes.removeDecision(ctx.db, id, version),

  'actionItems.list': (ctx, q) => minutes.listActionItemPage(ctx.db, q),
  'actionItems.add': (ctx, input) => minutes.addActionItem(ctx.db, input),
  'actionItems.update': (ctx, input) => minutes.updateActionItem(ctx.db, input),
  'actionItems.remove': (ctx, { id, version }) => minutes.removeActionItem(ctx.db, id, version),
  'actionItems.setStatus': (ctx, input) => minutes.setActionStatus(ctx.db, input),
  'actionItems.exportXlsx': async (ctx, q) => actionItemsXlsx(ctx.db, q, q.language ?? (await appLanguage(ctx.db))),

  'meetings.agendaPdf': async (ctx, { id, language }) => agendaPdf(ctx.db, id, language ?? (await appLanguage(ctx.db))),
  'meetings.minutesPdf': async (ctx, { id, language }) => minutesPdf(ctx.db, id, language ?? (await appLanguage(ctx.db))),
  'meetings.agendaDocx': async (ctx, { id, language }) => meetingDocx(ctx.db, { id, language: language ?? (await appLanguage(ctx.db)) }, 'agenda'),
  'meetings.minutesDocx': async (ctx, { id, language }) => meetingDocx(ctx.db, { id, language: language ?? (await appLanguage(ctx.db)) }, 'minutes'),
  'meetings.ics': async (ctx, { id, language }) => meetingIcs(ctx.db, id, language ?? (await appLanguage(ctx.db))),
  'meetings.seriesIcs': async (ctx, { id, language }) => seriesIcs(ctx.db, id, language ?? (await appLanguage(ctx.db))),
};
