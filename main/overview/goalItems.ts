import type { EntityManager } from 'typeorm';
import type { OverviewItem } from '../../preload/contract';
import { goalStatusesIn } from '../goals/lookup';

const pct = (share: number | null) => Math.round((share ?? 0) * 100);

/** Goals off track or at risk by the one progress rule (goals/progress.ts), off track first. */
export async function goalsOffTrack(m: EntityManager, today: string): Promise<OverviewItem[]> {
  const goals = (await goalStatusesIn(m, today)).filter((g) => g.progress.status === 'off_track' || g.progress.status === 'at_risk');
  goals.sort((a, b) => Number(b.progress.status === 'off_track') - Number(a.progress.status === 'off_track'));
  return goals.map((g) => {
    const off = g.progress.status === 'off_track';
    const values = { progress: pct(g.progress.progress), expected: pct(g.progress.expected) };
    return {
      key: `goal-${g.id}`,
      title: g.name,
      detail: `${off ? 'Bagud' : 'I risiko'} · ${values.progress} % af vejen, forventet ${values.expected} %`,
      detailKey: `overviewSections.detail.${off ? 'goalOffTrack' : 'goalAtRisk'}`,
      detailValues: values,
      date: g.targetDate,
      route: `goals/dashboard/${g.id}`,
      tone: off ? 'danger' : 'warning',
    };
  });
}
