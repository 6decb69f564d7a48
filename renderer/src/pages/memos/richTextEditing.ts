/** Pure text edits behind the formatting buttons, so they can be tested without a browser. */
export interface Edit {
  value: string;
  start: number;
  end: number;
}

/** Wraps the selection in a marker (** or *); with no selection, inserts an empty pair with the cursor inside. */
export function wrap(e: Edit, marker: string): Edit {
  const selected = e.value.slice(e.start, e.end);
  const value = e.value.slice(0, e.start) + marker + selected + marker + e.value.slice(e.end);
  return { value, start: e.start + marker.length, end: e.end + marker.length };
}

/** Turns the selected lines into a bullet or numbered list (or plain lines again if they already are one). */
export function toList(e: Edit, kind: 'bullets' | 'numbered'): Edit {
  const lineStart = e.value.lastIndexOf('\n', e.start - 1) + 1;
  const nextBreak = e.value.indexOf('\n', e.end);
  const lineEnd = nextBreak === -1 ? e.value.length : nextBreak;
  const lines = e.value.slice(lineStart, lineEnd).split('\n');
  const pattern = kind === 'bullets' ? /^- / : /^\d+\. /;
  const already = lines.every((l) => pattern.test(l));
  const changed = lines.map((l, i) => (already ? l.replace(pattern, '') : `${kind === 'bullets' ? '-' : `${i + 1}.`} ${l.replace(/^(- |\d+\. )/, '')}`)).join('\n');
  const value = e.value.slice(0, lineStart) + changed + e.value.slice(lineEnd);
  return { value, start: lineStart, end: lineStart + changed.length };
}
