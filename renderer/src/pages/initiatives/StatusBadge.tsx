import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InitiativeStatus } from '../../../../preload/contract';

export const STATUS_COLOR: Record<InitiativeStatus, string> = { idea: 'gray', proposed: 'violet', decided: 'blue', running: 'teal', completed: 'green', stopped: 'red' };

export function StatusBadge({ status }: { status: InitiativeStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={STATUS_COLOR[status]} style={{ flexShrink: 0 }}>
      {t(`initiativeStatus.${status}`)}
    </Badge>
  );
}
