import { ActionIcon, Box, Group, SegmentedControl, Text, Textarea, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconBold, IconItalic, IconList, IconListNumbers } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasControlChars, stripControlChars } from '../../../../preload/contract';
import { toList, wrap, type Edit } from './richTextEditing';
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
  const ref = useRef<HTMLTextAreaElement>(null);
  // Pasted rich text (Word, web pages) can carry control characters the contract refuses: removed, and said.
  const [removed, setRemoved] = useState(false);
  const change = (next: string) => {
    const clean = hasControlChars(next);
    setRemoved(clean);
    onChange(clean ? stripControlChars(next) : next);
  };
  const apply = (edit: (e: Edit) => Edit) => {
    const el = ref.current;
    if (!el) return;
    const next = edit({ value, start: el.selectionStart, end: el.selectionEnd });
    onChange(next.value);
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(next.start, next.end);
    });
  };
  const tools = [
    { key: 'bold', icon: IconBold, run: (e: Edit) => wrap(e, '**') },
    { key: 'italic', icon: IconItalic, run: (e: Edit) => wrap(e, '*') },
    { key: 'bullets', icon: IconList, run: (e: Edit) => toList(e, 'bullets') },
    { key: 'numbered', icon: IconListNumbers, run: (e: Edit) => toList(e, 'numbered') },
  ];
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
        <Group gap={4}>
          {mode === 'write' &&
            !readOnly &&
            tools.map(({ key, icon: Icon, run }) => (
              <Tooltip key={key} label={t(`memos.rich.${key}`)} openDelay={400}>
                <ActionIcon variant="subtle" color="gray" size="sm" aria-label={`${label}: ${t(`memos.rich.${key}`)}`} onClick={() => apply(run)}>
                  <Icon size={15} />
                </ActionIcon>
              </Tooltip>
            ))}
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
      </Group>
      {mode === 'write' ? (
        <Textarea
          ref={ref}
          aria-label={label}
          value={value}
          onChange={(e) => change(e.currentTarget.value)}
          autosize
          minRows={minRows}
          maxRows={24}
          onKeyDown={(e) => {
            if (!(e.ctrlKey || e.metaKey) || readOnly) return;
            const key = e.key.toLowerCase();
            if (key === 'b' || key === 'i') {
              e.preventDefault();
              apply((x) => wrap(x, key === 'b' ? '**' : '*'));
            }
          }}
          readOnly={readOnly}
          error={error}
          description={readOnly ? undefined : removed ? t('memos.rich.controlRemoved') : t('memos.rich.help')}
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
