import { Table, VisuallyHidden, type TableThProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The header of a column of row buttons: no visible text, but a name for screen readers. */
export function ActionsHeader(props: TableThProps) {
  const { t } = useTranslation();
  return (
    <Table.Th {...props}>
      <VisuallyHidden>{t('common.rowActions')}</VisuallyHidden>
    </Table.Th>
  );
}
