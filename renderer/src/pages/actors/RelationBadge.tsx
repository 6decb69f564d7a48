import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Relation } from '../../../../preload/contract';

export function RelationBadge({ relation }: { relation: Relation | null }) {
  const { t } = useTranslation();
  if (!relation) return null;
  return (
    <Badge size="sm" variant="light" color={relation === 'core' ? 'blue' : 'orange'}>
      {t(`relation.${relation}`)}
    </Badge>
  );
}
