import { channel, type ChannelDef } from './channel';
import { byId, byIdVersioned, type FileResult, type Page } from './common';
import * as m from './memos';

export const memoChannels = {
  'memos.list': channel(m.memoListQuery).returns<Page<m.MemoSummary>>(),
  'memos.get': channel(byId).returns<m.Memo>(),
  'memos.create': channel(m.memoInput).returns<m.Memo>(),
  'memos.update': channel(m.updateMemo).returns<m.Memo>(),
  'memos.delete': channel(byIdVersioned).returns<{ deleted: true }>(),
  'memos.setStatus': channel(m.memoStatusInput).returns<m.Memo>(),
  'memos.send': channel(m.sendMemoInput).returns<m.Memo>(),
  'memos.discardChanges': channel(byIdVersioned).returns<m.Memo>(),
  'memos.decide': channel(m.decideMemoInput).returns<m.Memo>(),
  'memos.undoDecision': channel(byIdVersioned).returns<m.Memo>(),
  'memos.version': channel(m.memoVersionRef).returns<m.MemoVersion>(),
  'memos.pdf': channel(m.memoPdfInput).file<FileResult>(),
  'memos.docx': channel(m.memoPdfInput).file<FileResult>(),
  'memos.prefillEconomy': channel(byId).returns<{ economy: m.Economy | null }>(),
  'memos.linkAdd': channel(m.memoLinkInput).returns<m.Memo>(),
  'memos.linkRemove': channel(byId).returns<m.Memo>(),
} satisfies Record<string, ChannelDef>;
