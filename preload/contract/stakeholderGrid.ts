/** The stakeholder map's quadrants (influence up, interest right), shared by screen and PDF. */
export const quadrants = [
  { key: 'manageClosely', highInfluence: true, highInterest: true },
  { key: 'keepSatisfied', highInfluence: true, highInterest: false },
  { key: 'keepInformed', highInfluence: false, highInterest: true },
  { key: 'monitor', highInfluence: false, highInterest: false },
] as const;

export const relationColor: Record<string, string> = { core: '#1f4e79', adhoc: '#d35400', none: '#7f8c8d' };
