import { channel, type ChannelDef } from './channel';
import { byId, empty, type FileResult } from './common';
import * as m from './mail';

export const mailChannels = {
  'mail.settings': channel(empty).returns<m.MailSettings>(),
  'mail.updateSettings': channel(m.mailSettingsInput).returns<m.MailSettings>(),
  'mail.test': channel(m.testMailInput).returns<{ sentTo: string }>(),
  'mail.preview': channel(m.mailTarget).returns<m.MailPreview>(),
  'mail.draft': channel(m.mailTarget).file<FileResult>(),
  'mail.prepare': channel(m.mailTarget).returns<m.OutboxMessage>(),
  'mail.send': channel(m.sendInput).returns<m.OutboxMessage>(),
  'mail.log': channel(m.mailLogQuery).returns<m.OutboxMessage[]>(),
  'mail.importReply': channel(m.replyUpload).returns<m.ReplyResult>(),
  'mail.addresses': channel(m.addressesQuery).returns<m.AddressList>(),
  'mail.calendarState': channel(byId).returns<m.CalendarState>(),
} satisfies Record<string, ChannelDef>;
