import type { ReactNode } from 'react';
import type { Route } from './router';
import { ActorsPage } from './pages/actors/ActorsPage';
import { GoalsPage } from './pages/goals/GoalsPage';
import { InitiativesPage } from './pages/initiatives/InitiativesPage';
import { MemosPage } from './pages/memos/MemosPage';
import { MeetingsPage } from './pages/meetings/MeetingsPage';
import { OverviewPage } from './pages/OverviewPage';
import { PlanningPage } from './pages/planning/PlanningPage';
import { RetentionPage } from './pages/privacy/RetentionPage';
import { SettingsPage } from './pages/SettingsPage';

/** Area → page. A feature adds one line here; areas without a page show "Kommer snart". */
export const pages: Record<string, (route: Route) => ReactNode> = {
  overview: () => <OverviewPage />,
  actors: (r) => <ActorsPage tab={r.tab} id={r.id} />,
  initiatives: (r) => <InitiativesPage tab={r.tab} id={r.id} />,
  goals: (r) => <GoalsPage tab={r.tab} id={r.id} />,
  meetings: (r) => <MeetingsPage tab={r.tab} id={r.id} />,
  planning: (r) => <PlanningPage tab={r.tab} id={r.id} />,
  settings: () => <SettingsPage />,
  memos: (r) => <MemosPage tab={r.tab} id={r.id} />,
  privacy: () => <RetentionPage />,
};
