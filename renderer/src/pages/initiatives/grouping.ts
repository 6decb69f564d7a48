import { initiativeStatuses, type InitiativeSummary, type TargetGroup, type Track } from '../../../../preload/contract';

export type GroupBy = 'track' | 'status' | 'targetGroup';
export interface Group {
  key: string;
  title: string;
  items: InitiativeSummary[];
}

/** Groups in the secretariat's order: tracks as sorted, statuses in their life order, age bands youngest first. */
export function groupInitiatives(items: InitiativeSummary[], by: GroupBy, tracks: Track[], groups: TargetGroup[], label: (key: string) => string): Group[] {
  if (by === 'track') return tracks.map((t) => ({ key: `t${t.id}`, title: t.name, items: items.filter((i) => i.track.id === t.id) })).filter((g) => g.items.length);
  if (by === 'status') return initiativeStatuses.map((s) => ({ key: s, title: label(`initiativeStatus.${s}`), items: items.filter((i) => i.status === s) })).filter((g) => g.items.length);
  const out = groups.map((g) => ({ key: `g${g.id}`, title: g.name, items: items.filter((i) => i.targetGroups.some((x) => x.id === g.id)) }));
  out.push({ key: 'none', title: label('initiatives.noTargetGroup'), items: items.filter((i) => i.targetGroups.length === 0) });
  return out.filter((g) => g.items.length);
}
