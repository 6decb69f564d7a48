import { describe, expect, it } from 'vitest';
import { ownChanges, putBack, shown } from '../../renderer/src/components/staleMerge';

/**
 * Issue 16: after "Genindlæs" the form holds the colleague's version; "Indsæt mine ændringer" puts back
 * only what the user changed since the form opened, so the colleague's other changes stay.
 */
const base = { data: { name: 'Mentorkorps', description: '', trackId: 1, targetGroupIds: [1] }, status: 'idea' };

describe('putting back the user’s own changes on a colleague’s version', () => {
  it('keeps the colleague’s name and puts back the user’s description', () => {
    const typed = { ...base, data: { ...base.data, description: 'Mentorer følger de unge i tre måneder' } };
    const fresh = { ...base, data: { ...base.data, name: 'Mentorkorps Fyn' } };
    const changes = ownChanges(base, typed, fresh);
    expect(changes).toEqual([{ path: 'data.description', value: 'Mentorer følger de unge i tre måneder', alsoTheirs: false }]);
    expect(putBack(fresh, changes)).toEqual({ ...base, data: { ...base.data, name: 'Mentorkorps Fyn', description: 'Mentorer følger de unge i tre måneder' } });
    expect(fresh.data.description).toBe('');
  });

  it('marks a field both changed, and treats an array as one value', () => {
    const typed = { ...base, data: { ...base.data, name: 'Mentorkorps Vest', targetGroupIds: [1, 2] } };
    const fresh = { ...base, data: { ...base.data, name: 'Mentorkorps Øst' } };
    expect(ownChanges(base, typed, fresh)).toEqual([
      { path: 'data.name', value: 'Mentorkorps Vest', alsoTheirs: true },
      { path: 'data.targetGroupIds', value: [1, 2], alsoTheirs: false },
    ]);
  });

  it('an emptied field and null are the same; an unchanged form puts nothing back', () => {
    expect(ownChanges({ a: null, b: 'x' }, { a: '', b: 'x' }, { a: 'ny', b: 'y' })).toEqual([]);
    expect(shown(['Unge 15–17 år', 'NEET'])).toBe('Unge 15–17 år, NEET');
    expect(shown(null)).toBe('');
  });
});
