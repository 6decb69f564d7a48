import { Box, Group, SegmentedControl, Text, Textarea, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RichTextView } from './RichTextView';

interface Props {
  label: string;
  description?: string;
  value: string;
  onChange: (value: string) => void;
  error?: React.ReactNode;
  readOnly?: boolean;
  minRows?: number;
  /** The section heading already names the field; keep the label for screen readers only. */
  hideLabel?: boolean;
}

/** A text section: write in the small markup, or see it as it will print. */
export function RichTextField({ label, description, value, onChange, error, readOnly, minRows = 4, hideLabel }: Props) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'write' | 'preview'>('write');
  return (
    <Box>
      <Group justify="space-between" align="flex-end" mb={4}>
        <div>
          {hideLabel ? (
            <VisuallyHidden>{label}</VisuallyHidden>
          ) : (
            <Text size="sm" fw={500}>
              {label}
            </Text>
          )}
          {description && (
            <Text size="xs" c="dimmed">
              {description}
            </Text>
          )}
        </div>
        <SegmentedControl
          size="xs"
          value={mode}
          onChange={(v) => setMode(v as 'write' | 'preview')}
          data={[
            { value: 'write', label: t('memos.rich.write') },
            { value: 'preview', label: t('memos.rich.preview') },
          ]}
          aria-label={`${label}: ${t('memos.rich.write')} / ${t('memos.rich.preview')}`}
        />
      </Group>
      {mode === 'write' ? (
        <Textarea
          aria-label={label}
          value={value}
          onChange={(e) => onChange(e.currentTarget.value)}
          autosize
          minRows={minRows}
          maxRows={24}
          readOnly={readOnly}
          error={error}
          description={readOnly ? undefined : t('memos.rich.help')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
        />
      ) : (
        <Box p="sm" bg="white" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4, minHeight: 60 }}>
          <RichTextView source={value} empty={t('memos.rich.emptyPreview')} />
        </Box>
      )}
    </Box>
  );
}
