import { appLanguage } from '../settings/lookup';
import type { memoChannels } from '../../preload/contract/memoChannels';
import type { HandlersFor } from '../api/handlers';
import { decideMemo, discardUnsentChanges, getMemoVersion, prefillEconomy, sendMemo, undoDecision } from './lifecycle';
import { addMemoLink, removeMemoLink } from './linkService';
import { memoDocx } from './memoDocx';
import { memoPdf } from './memoPdf';
import * as memos from './memoService';

export const memoHandlers: HandlersFor<keyof typeof memoChannels> = {
  'memos.list': (ctx, q) => memos.listMemos(ctx.db, q),
  'memos.get': (ctx, { id }) => memos.getMemo(ctx.db, id),
  'memos.create': (ctx, input) => memos.createMemo(ctx.db, input),
  'memos.update': (ctx, { id, data, version }) => memos.updateMemo(ctx.db, id, data, version),
  'memos.delete': (ctx, { id, version }) => memos.deleteMemo(ctx.db, id, version),
  'memos.setStatus': (ctx, { id, status, version }) => memos.setMemoStatus(ctx.db, id, status, version),
  'memos.send': (ctx, { id, sentOn, version }) => sendMemo(ctx.db, id, sentOn, version),
  'memos.discardChanges': (ctx, { id, version }) => discardUnsentChanges(ctx.db, id, version),
  'memos.decide': (ctx, { id, decision, version }) => decideMemo(ctx.db, id, decision, version),
  'memos.undoDecision': (ctx, { id, version }) => undoDecision(ctx.db, id, version),
  'memos.version': (ctx, { memoId, number }) => getMemoVersion(ctx.db, memoId, number),
  'memos.pdf': async (ctx, input) => memoPdf(ctx.db, { ...input, language: input.language ?? (await appLanguage(ctx.db)) }),
  'memos.docx': async (ctx, input) => memoDocx(ctx.db, { ...input, language: input.language ?? (await appLanguage(ctx.db)) }),
  'memos.prefillEconomy': (ctx, { id }) => prefillEconomy(ctx.db, id),
  'memos.linkAdd': (ctx, input) => addMemoLink(ctx.db, input),
  'memos.linkRemove': (ctx, { id }) => removeMemoLink(ctx.db, id),
};
