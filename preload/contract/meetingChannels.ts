import { channel, type ChannelDef } from './channel';
import { byId, byIdVersioned, docById, docLanguage, empty, type FileResult, type Page } from './common';
import * as m from './meetings';

export const meetingChannels = {
  'meetings.list': channel(m.meetingListQuery).returns<Page<m.MeetingSummary>>(),
  'meetings.get': channel(byId).returns<m.Meeting>(),
  'meetings.create': channel(m.createMeeting).returns<m.Meeting>(),
  'meetings.update': channel(m.updateMeeting).returns<m.Meeting>(),
  'meetings.setStatus': channel(m.meetingStatusInput).returns<m.Meeting>(),
  'meetings.delete': channel(byIdVersioned).returns<m.MeetingSummary>(),
  'meetings.restore': channel(byId).returns<m.MeetingSummary>(),
  'meetings.createSeries': channel(m.seriesInput).returns<m.MeetingSummary[]>(),
  'meetings.previewSeries': channel(m.seriesInput).returns<string[]>(),
  'meetings.typeDefaults': channel(empty).returns<m.TypeDefaults>(),
  'meetings.setTypeDefaults': channel(m.typeDefaultsInput).returns<m.TypeDefaults>(),

  'agenda.add': channel(m.addAgendaItem).returns<m.Meeting>(),
  'agenda.update': channel(m.updateAgendaItem).returns<m.Meeting>(),
  'agenda.remove': channel(byIdVersioned).returns<m.Meeting>(),
  'agenda.reorder': channel(m.reorderAgenda).returns<m.Meeting>(),
  'agenda.attach': channel(m.attachmentUpload).returns<m.Meeting>(),
  'agenda.detach': channel(byId).returns<m.Meeting>(),
  'agenda.attachment': channel(byId).file<FileResult>(),

  'invitees.add': channel(m.inviteInput).returns<m.Meeting>(),
  'invitees.addGuest': channel(m.guestInput).returns<m.Meeting>(),
  'invitees.update': channel(m.inviteeUpdate).returns<m.Meeting>(),
  'invitees.remove': channel(byIdVersioned).returns<m.Meeting>(),

  'minutes.setItem': channel(m.itemMinutesInput).returns<m.Meeting>(),
  'minutes.approve': channel(m.approveMinutesInput).returns<m.Meeting>(),
  'minutes.reopen': channel(byIdVersioned).returns<m.Meeting>(),
  'decisions.add': channel(m.meetingDecisionInput).returns<m.Meeting>(),
  'decisions.update': channel(m.updateDecision).returns<m.Meeting>(),
  'decisions.remove': channel(byIdVersioned).returns<m.Meeting>(),

  'actionItems.list': channel(m.actionListQuery).returns<Page<m.ActionItem>>(),
  'actionItems.add': channel(m.actionItemInput).returns<m.Meeting>(),
  'actionItems.update': channel(m.updateActionItem).returns<m.Meeting>(),
  'actionItems.remove': channel(byIdVersioned).returns<m.Meeting>(),
  'actionItems.setStatus': channel(m.actionStatusInput).returns<m.ActionItem>(),
  'actionItems.exportXlsx': channel(m.actionListQuery.extend({ language: docLanguage })).file<FileResult>(),

  'meetings.agendaPdf': channel(docById).file<FileResult>(),
  'meetings.minutesPdf': channel(docById).file<FileResult>(),
  'meetings.agendaDocx': channel(docById).file<FileResult>(),
  'meetings.minutesDocx': channel(docById).file<FileResult>(),
  'meetings.ics': channel(docById).file<FileResult>(),
  'meetings.seriesIcs': channel(docById).file<FileResult>(),
} satisfies Record<string, ChannelDef>;
