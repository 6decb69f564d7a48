export const sizes = ['S', 'M', 'L'] as const;
export type Size = (typeof sizes)[number];

/**
 * The data volumes of issue 8 at size L (a whole region). M is a tenth and S a hundredth, so a
 * feature's generator part only names its keys here: `countsFor(size, ['meetings', 'agendaItems'])`.
 */
export const volumesAtL = {
  organisations: 20_000,
  people: 50_000,
  bodies: 60,
  meetings: 5_000,
  agendaItems: 50_000,
  actionItems: 20_000,
  initiatives: 2_000,
  goals: 500,
  measurements: 100_000,
  involvements: 200_000,
  memos: 1_000,
} as const;
export type Volume = keyof typeof volumesAtL;

const scale: Record<Size, number> = { S: 0.01, M: 0.1, L: 1 };

export function countsFor<K extends Volume>(size: Size | number, keys: readonly K[]): Record<K, number> {
  const f = typeof size === 'number' ? size : scale[size];
  return Object.fromEntries(keys.map((k) => [k, Math.max(1, Math.round(volumesAtL[k] * f))])) as Record<K, number>;
}

export function parseSize(value: string | undefined): Size {
  const s = (value ?? '').toUpperCase();
  if ((sizes as readonly string[]).includes(s)) return s as Size;
  throw new Error(`Ukendt størrelse “${value}”. Brug S, M eller L.`);
}
