/** One section of the start screen; features register theirs in main/overview/sections.ts. */
export interface OverviewItem {
  key: string;
  title: string;
  /** Danish fallback; a screen in another language uses detailKey. */
  detail: string | null;
  /** i18n key for the detail, with values; values named …Date are ISO dates the screen formats. */
  detailKey?: string;
  detailValues?: Record<string, string | number>;
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
  /** The first OVERVIEW_CAP items, in the section's order. */
  items: OverviewItem[];
  /** How many items the section has in all (with `more`: at least). */
  total: number;
  /** There are more than `total`, not counted past the first page (the screen says "more than"). */
  more?: boolean;
}

/** Items per section sent to the start screen; the count says how many there are. */
export const OVERVIEW_CAP = 50;
