import { Anchor, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export function DetailFields({ fields }: { fields: [string, ReactNode][] }) {
  return (
    <SimpleGrid cols={2} spacing="xs" verticalSpacing={6}>
      {fields.map(([label, value]) => (
        <div key={label}>
          <Text size="xs" c="dimmed">
            {label}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {value === null || value === undefined || value === '' ? '–' : value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}

export function safeLink(url: string | null, kind: 'web' | 'mail' | 'tel'): ReactNode {
  if (!url) return null;
  const href = kind === 'mail' ? `mailto:${url}` : kind === 'tel' ? `tel:${url.replace(/\s/g, '')}` : /^https?:\/\//i.test(url) ? url : `https://${url}`;
  return (
    <Anchor href={href} target="_blank" rel="noreferrer noopener" size="sm">
      {url}
    </Anchor>
  );
}
