import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Relation } from '../../../../preload/contract';

export function RelationBadge({ relation }: { relation: Relation | null }) {
  const { t } = useTranslation();
  if (!relation) return null;
  return (
    // Never squeezed: "Fast deltager" and "Inddrages ad hoc" are the point of the badge.
    <Badge size="sm" variant="light" color={relation === 'core' ? 'blue' : 'orange'} style={{ flexShrink: 0, overflow: 'visible' }}>
      {t(`relation.${relation}`)}
    </Badge>
  );
}
