import { keysFor } from '../../db/textKeys';
import { activeClock } from '../app/clock';

export { keysFor };

type Text = string | null | undefined;

export const organisationKeys = (o: { name: string; address: Text; notes: Text; relationReason: Text }) =>
  keysFor(o.name, o.address, o.notes, o.relationReason);

/** People are found by their organisation's name too. */
export const personKeys = (p: { name: string; title: Text; email: Text; phone: Text; notes: Text; relationReason: Text }, orgName: string | null) =>
  keysFor(p.name, p.title, p.email, p.phone, orgName, p.notes, p.relationReason);

export const now = () => activeClock().now().toISOString();
