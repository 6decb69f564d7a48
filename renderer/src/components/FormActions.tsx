import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The footer of every form: Annuller and Gem (submits the form). */
export function FormActions({ onCancel, submitting }: { onCancel: () => void; submitting?: boolean }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={submitting}>
        {t('common.save')}
      </Button>
    </Group>
  );
}
