import { ActionIcon, Button, Card, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { MemoOption } from '../../../../preload/contract';
import { RichTextField } from './RichTextField';

type Errors = Record<string, React.ReactNode>;

/** Numbered text items: the recommendations ("Det indstilles, at …") and the attachments. */
export function TextListEditor({ items, onChange, errors, path, labelKey, addKey, removeKey, intro, readOnly }: {
  items: string[];
  onChange: (items: string[]) => void;
  errors: Errors;
  path: string;
  labelKey: string;
  addKey: string;
  removeKey: string;
  intro?: string;
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap={6}>
      {intro && items.length > 0 && (
        <Text size="sm" fw={500}>
          {intro}
        </Text>
      )}
      {items.map((item, i) => (
        <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
          <Text size="sm" w={22} ta="right" mt={6} c="dimmed">
            {i + 1}.
          </Text>
          <Textarea
            style={{ flex: 1 }}
            autosize
            minRows={1}
            aria-label={t(labelKey, { n: i + 1 })}
            value={item}
            readOnly={readOnly}
            error={errors[`${path}.${i}`]}
            onChange={(e) => onChange(items.map((x, j) => (j === i ? e.currentTarget.value : x)))}
          />
          {!readOnly && (
            <ActionIcon mt={4} variant="subtle" color="gray" aria-label={t(removeKey, { n: i + 1 })} onClick={() => onChange(items.filter((_, j) => j !== i))}>
              <IconX size={16} />
            </ActionIcon>
          )}
        </Group>
      ))}
      {!readOnly && (
        <Button size="xs" variant="light" w="fit-content" leftSection={<IconPlus size={14} />} onClick={() => onChange([...items, ''])}>
          {t(addKey)}
        </Button>
      )}
    </Stack>
  );
}

/** Løsningsmuligheder: one card per option with its description, pros and cons. */
export function OptionsEditor({ options, onChange, errors, readOnly }: { options: MemoOption[]; onChange: (o: MemoOption[]) => void; errors: Errors; readOnly?: boolean }) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<MemoOption>) => onChange(options.map((o, j) => (j === i ? { ...o, ...patch } : o)));
  return (
    <Stack gap="sm">
      {options.map((o, i) => (
        <Card key={i} withBorder padding="sm">
          <Group justify="space-between" mb={6}>
            <Text fw={600} size="sm">
              {t('memos.option.label', { n: i + 1 })}
            </Text>
            {!readOnly && (
              <ActionIcon variant="subtle" color="gray" aria-label={t('memos.option.remove', { n: i + 1 })} onClick={() => onChange(options.filter((_, j) => j !== i))}>
                <IconX size={16} />
              </ActionIcon>
            )}
          </Group>
          <Stack gap="xs">
            <TextInput label={t('memos.option.title')} value={o.title} readOnly={readOnly} error={errors[`options.${i}.title`]} onChange={(e) => set(i, { title: e.currentTarget.value })} />
            <RichTextField label={t('memos.option.description')} value={o.description} readOnly={readOnly} minRows={2} onChange={(v) => set(i, { description: v })} />
            <Group grow align="flex-start">
              <RichTextField label={t('memos.option.pros')} value={o.pros} readOnly={readOnly} minRows={2} onChange={(v) => set(i, { pros: v })} />
              <RichTextField label={t('memos.option.cons')} value={o.cons} readOnly={readOnly} minRows={2} onChange={(v) => set(i, { cons: v })} />
            </Group>
          </Stack>
        </Card>
      ))}
      {!readOnly && (
        <Button size="xs" variant="light" w="fit-content" leftSection={<IconPlus size={14} />} onClick={() => onChange([...options, { title: '', description: '', pros: '', cons: '' }])}>
          {t('memos.option.add')}
        </Button>
      )}
    </Stack>
  );
}
