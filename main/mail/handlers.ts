import type { mailChannels } from '../../preload/contract/mailChannels';
import type { HandlersFor } from '../api/handlers';
import { calendarState, meetingDetail } from '../meetings/lookup';
import { addressList } from './addresses';
import { getMailSettings, updateMailSettings } from './mailSettings';
import { draftMail, mailLog, prepareMail, previewMail } from './outbox';
import { importReply } from './replies';
import { sendMail, sendTestMail } from './smtp';

export const mailHandlers: HandlersFor<keyof typeof mailChannels> = {
  'mail.settings': (ctx) => getMailSettings(ctx),
  'mail.updateSettings': (ctx, input) => updateMailSettings(ctx, input),
  'mail.test': (ctx, input) => sendTestMail(ctx, input),
  'mail.preview': (ctx, target) => previewMail(ctx, target),
  'mail.draft': (ctx, target) => draftMail(ctx, target),
  'mail.prepare': (ctx, target) => prepareMail(ctx, target),
  'mail.send': (ctx, input) => sendMail(ctx, input),
  'mail.log': (ctx, q) => mailLog(ctx, q),
  'mail.importReply': (ctx, input) => importReply(ctx, input),
  'mail.addresses': (ctx, q) => addressList(ctx, q),
  'mail.calendarState': async (ctx, { id }) => calendarState(ctx.db.ds.manager, await meetingDetail(ctx.db.ds.manager, id)),
};
