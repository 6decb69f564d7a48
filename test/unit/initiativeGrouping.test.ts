import { describe, expect, it } from 'vitest';
import type { InitiativeSummary, TargetGroup, Track } from '../../preload/contract';
import { groupInitiatives } from '../../renderer/src/pages/initiatives/grouping';

const track = (id: number, name: string): Track => ({ id, name, description: null, sortOrder: id, initiativeCount: 0, version: 1, updatedBy: null, updatedAt: null });
const group = (id: number, name: string): TargetGroup => ({ id, name, ageFrom: null, ageTo: null, initiativeCount: 0, version: 1, updatedBy: null, updatedAt: null });
const ini = (id: number, trackId: number, status: InitiativeSummary['status'], groups: number[]): InitiativeSummary => ({
  id, name: `I${id}`, track: { id: trackId, name: '' }, targetGroups: groups.map((g) => ({ id: g, name: '' })), status, statusDate: '2026-01-01',
  ownerOrganisation: null, startDate: null, endDate: null, budgetTotal: 0,
});

describe('grouping initiatives for the list', () => {
  const tracks = [track(1, 'Grundskolesporet'), track(2, 'Virksomhedssporet'), track(3, 'Tomt spor')];
  const groups = [group(10, '0–12 år'), group(11, '12–18 år')];
  const items = [ini(1, 2, 'running', [11]), ini(2, 1, 'idea', [10, 11]), ini(3, 1, 'running', [])];
  const label = (k: string) => k;

  it('groups by track in track order and leaves empty tracks out', () => {
    expect(groupInitiatives(items, 'track', tracks, groups, label).map((g) => [g.title, g.items.map((i) => i.id)])).toEqual([
      ['Grundskolesporet', [2, 3]],
      ['Virksomhedssporet', [1]],
    ]);
  });

  it('groups by status in life order', () => {
    expect(groupInitiatives(items, 'status', tracks, groups, label).map((g) => g.key)).toEqual(['idea', 'running']);
  });

  it('lists an initiative under each of its age bands, and those without one last', () => {
    expect(groupInitiatives(items, 'targetGroup', tracks, groups, label).map((g) => [g.title, g.items.map((i) => i.id)])).toEqual([
      ['0–12 år', [2]],
      ['12–18 år', [1, 2]],
      ['initiatives.noTargetGroup', [3]],
    ]);
  });
});
