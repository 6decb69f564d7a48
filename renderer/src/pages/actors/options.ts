import type { TFunction } from 'i18next';
import { bodyKinds, membershipRoles, organisationKinds, relations } from '../../../../preload/contract';

export const kindOptions = (t: TFunction) => organisationKinds.map((k) => ({ value: k, label: t(`organisationKind.${k}`) }));
export const relationOptions = (t: TFunction) => relations.map((r) => ({ value: r, label: t(`relation.${r}`) }));
export const relationFilterOptions = (t: TFunction) => [...relationOptions(t), { value: 'none', label: t('relation.none') }];
export const bodyKindOptions = (t: TFunction) => bodyKinds.map((k) => ({ value: k, label: t(`bodyKind.${k}`) }));
export const roleOptions = (t: TFunction) => membershipRoles.map((r) => ({ value: r, label: t(`role.${r}`) }));
