import { Group, Select, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { recipientOptions } from './memoOptions';
import { DateField } from '../../components/DateField';

type InputProps = (field: 'title' | 'recipientKind' | 'recipientName' | 'meetingDate' | 'caseNumber' | 'author' | 'memoDate') => GetInputPropsReturnType;

/** The memo's header block (title, recipient and its meeting, case number, author, date), in the create dialog and the editor. */
export function MemoHeaderFields({ inputProps, autoFocus }: { inputProps: InputProps; autoFocus?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <TextInput label={t('memos.field.title')} required data-autofocus={autoFocus || undefined} {...inputProps('title')} />
      <Group grow align="flex-start">
        <Select label={t('memos.field.recipientKind')} data={recipientOptions(t)} allowDeselect={false} {...inputProps('recipientKind')} />
        <TextInput label={t('memos.field.recipientName')} {...inputProps('recipientName')} />
      </Group>
      <Group grow align="flex-start">
        <DateField label={t('memos.field.meetingDate')} {...inputProps('meetingDate')} />
        <TextInput label={t('memos.field.caseNumber')} {...inputProps('caseNumber')} />
      </Group>
      <Group grow align="flex-start">
        <TextInput label={t('memos.field.author')} {...inputProps('author')} />
        <DateField label={t('memos.field.memoDate')} required {...inputProps('memoDate')} />
      </Group>
    </>
  );
}
