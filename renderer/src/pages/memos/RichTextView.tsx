import { List, Text, Typography } from '@mantine/core';
import { parseRichText, type Span } from '../../../../preload/contract/richText';

function Spans({ spans }: { spans: Span[] }) {
  return (
    <>
      {spans.map((s, i) => {
        const inner = s.italic ? <em>{s.text}</em> : s.text;
        return s.bold ? <strong key={i}>{inner}</strong> : <span key={i}>{inner}</span>;
      })}
    </>
  );
}

/** The memo text format as React elements (the same parser the PDF uses); user text is never HTML. */
export function RichTextView({ source, empty }: { source: string; empty?: string }) {
  const blocks = parseRichText(source);
  if (blocks.length === 0) return empty ? <Text size="sm" c="dimmed">{empty}</Text> : null;
  return (
    <Typography fz="sm">
      {blocks.map((b, i) =>
        b.type === 'paragraph' ? (
          <p key={i}>
            <Spans spans={b.spans} />
          </p>
        ) : (
          <List key={i} type={b.type === 'numbered' ? 'ordered' : 'unordered'} start={b.type === 'numbered' ? b.start : undefined} size="sm" mb="sm">
            {b.items.map((item, j) => (
              <List.Item key={j}>
                <Spans spans={item} />
              </List.Item>
            ))}
          </List>
        ),
      )}
    </Typography>
  );
}
