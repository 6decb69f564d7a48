import type { AddressList, ChannelParsed } from '../../preload/contract';
import type { HandlerContext } from '../api/handlers';
import { membershipViews, personRefs } from '../actors/lookup';
import { meetingDetail } from '../meetings/lookup';

/** RFC 5322 display name: quoted when it holds characters that would otherwise split or break the address. */
export function mailbox(name: string, email: string): string {
  const clean = name.replace(/[\r\n"<>]/g, '').trim();
  if (!clean) return email;
  return /[,;:@()[\]\\.]/.test(clean) ? `"${clean}" <${email}>` : `${clean} <${email}>`;
}

/** "Kopiér e-mailadresser": invitees of a meeting or a body's current members as "Navn <adresse>; …". */
export async function addressList(ctx: HandlerContext, q: ChannelParsed<'mail.addresses'>): Promise<AddressList> {
  const m = ctx.db.ds.manager;
  let people: { name: string; email: string | null }[] = [];
  if (q.meetingId) {
    const meeting = await meetingDetail(m, q.meetingId);
    people = (q.inviteeIds ? meeting.invitees.filter((i) => q.inviteeIds!.includes(i.id)) : meeting.invitees).map((i) => ({ name: i.name, email: i.email }));
  } else if (q.bodyId) {
    const today = ctx.clock.today();
    const ids = (await membershipViews(m, 'body', [q.bodyId]))
      .filter((v) => v.personId !== null && (!v.toDate || v.toDate >= today))
      .map((v) => v.personId!);
    const rows = [...(await personRefs(m, ids)).values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    people = rows.filter((p) => p.live).map((p) => ({ name: p.name, email: p.email }));
  }
  const seen = new Set<string>();
  const reachable = people.filter((p) => p.email && !seen.has(p.email.toLowerCase()) && seen.add(p.email.toLowerCase()));
  return {
    text: reachable.map((p) => mailbox(p.name, p.email!)).join('; '),
    count: reachable.length,
    withoutEmail: people.filter((p) => !p.email).map((p) => p.name),
  };
}
