/** The one function Samspil uses from fontkit (pdfkit's own font engine, pinned beside it). */
declare module 'fontkit' {
  export function create(buffer: Uint8Array, postscriptName?: string): unknown;
}
