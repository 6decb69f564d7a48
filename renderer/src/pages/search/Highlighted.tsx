import { Mark } from '@mantine/core';
import type { TextPart } from '../../../../preload/contract';

/** Text with the search's matched words marked. */
export function Highlighted({ parts }: { parts: TextPart[] }) {
  return (
    <>
      {parts.map((p, i) =>
        p.hit ? (
          <Mark key={i} color="yellow">
            {p.text}
          </Mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}
