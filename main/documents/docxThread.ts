/**
 * .docx files rendered on a worker thread (docxWorker.ts): the docx library builds a whole document's
 * XML in one synchronous call, which held the event loop 110–300 ms for a busy meeting's minutes.
 * Where no worker can be started, the document is rendered here as before – same blocks, same bytes.
 * docx.ts (and the docx library) is loaded here only then: never at process start (issue 17).
 */
import type { FileResult } from '../../preload/contract';
import { renderWorker } from '../app/renderWorker';
import type { Letterhead } from '../houseStyle/letterhead';
import type { DocModel } from './blocks';
import type { DocxJob } from './docxWorker';

const worker = renderWorker<Omit<DocxJob, 'id'>, Buffer>({
  entry: 'docxWorker',
  dir: __dirname,
  result: (m) => {
    const bytes = m.bytes as Uint8Array;
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  },
});

/** The Word version of a document (docx.ts), rendered on the worker thread; here if there is none. A failed render throws. */
export async function renderDocxOffThread(model: DocModel, letterhead: Letterhead | null): Promise<Buffer> {
  const bytes = await worker.run({ model, letterhead });
  if (bytes) return bytes;
  worker.countInThread();
  const { renderDocx } = await import('./docx');
  return renderDocx(model, letterhead);
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function docxFile(buf: Buffer, fileName: string): FileResult {
  return { fileName, mimeType: DOCX_MIME, base64: buf.toString('base64') };
}

/** How many documents were rendered on the worker and how many here (for tests and diagnostics). */
export const docxRenderCounts = () => worker.counts();
