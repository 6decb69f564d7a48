/**
 * The worker thread's side of docxThread.ts: renders a document's blocks to .docx with docx.ts, so the
 * docx library's Packer (the whole document's XML in one synchronous call) never holds the main process.
 * Built to out/main/docxWorker.js (electron.vite.config.ts); run from source under tsx in tests.
 */
import { parentPort } from 'node:worker_threads';
import type { Letterhead } from '../houseStyle/letterhead';
import type { DocModel } from './blocks';
import { renderDocx } from './docx';

export interface DocxJob {
  id: number;
  model: DocModel;
  letterhead: Letterhead | null;
}
export type DocxReply = { id: number; bytes: Uint8Array } | { id: number; error: string };

// Structured cloning turns a Buffer into a plain Uint8Array: give the docx library Buffers again, as on the main thread.
const asBuffer = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength);
function revive(l: Letterhead | null): Letterhead | null {
  if (!l?.logo) return l;
  return { ...l, logo: { ...l.logo, png: asBuffer(l.logo.png), svg: l.logo.svg ? asBuffer(l.logo.svg) : null } };
}

parentPort?.on('message', (job: DocxJob) => {
  renderDocx(job.model, revive(job.letterhead)).then(
    (bytes) => parentPort!.postMessage({ id: job.id, bytes } satisfies DocxReply),
    (err: unknown) => parentPort!.postMessage({ id: job.id, error: err instanceof Error ? err.message : String(err) } satisfies DocxReply),
  );
});
