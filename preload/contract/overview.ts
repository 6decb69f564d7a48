/** One section of the start screen; features register theirs in main/overview/sections.ts. */
export interface OverviewItem {
  key: string;
  title: string;
  detail: string | null;
  date: string | null;
  /** Hash route that opens the object, without '#/'. */
  route: string;
  tone: 'danger' | 'warning' | 'info' | 'neutral';
}

export interface OverviewSection {
  /** i18n key under overviewSections.* in the renderer. */
  key: string;
  /** False until the feature behind the section exists; the screen shows the slot as coming. */
  available: boolean;
  items: OverviewItem[];
}
