import * as a from './actors';
import { channel, type ChannelDef } from './channel';
import { byId, byIdVersioned, docOptions, empty, type FileResult, type Page } from './common';

export const actorChannels = {
  'organisations.list': channel(a.organisationListQuery).returns<Page<a.OrganisationSummary>>(),
  'organisations.get': channel(byId).returns<a.Organisation>(),
  'organisations.create': channel(a.organisationInput).returns<a.Organisation>(),
  'organisations.update': channel(a.updateOrganisation).returns<a.Organisation>(),
  'organisations.delete': channel(byIdVersioned).returns<a.TrashItem>(),

  'people.list': channel(a.personListQuery).returns<Page<a.PersonSummary>>(),
  'people.get': channel(byId).returns<a.Person>(),
  'people.create': channel(a.personInput).returns<a.Person>(),
  'people.update': channel(a.updatePerson).returns<a.Person>(),
  'people.delete': channel(byIdVersioned).returns<a.TrashItem>(),

  'bodies.list': channel(empty).returns<a.BodySummary[]>(),
  /** Names and member counts only: for pickers and filters, cheap at any size. */
  'bodies.options': channel(empty).returns<a.BodyOption[]>(),
  /** The body with one page of its members (`offset`, `limit`); `memberCount` is the total. */
  'bodies.get': channel(a.bodyQuery).returns<a.Body>(),
  'bodies.create': channel(a.bodyInput).returns<a.Body>(),
  'bodies.update': channel(a.updateBody).returns<a.Body>(),
  'bodies.delete': channel(byIdVersioned).returns<a.TrashItem>(),

  'memberships.add': channel(a.membershipInput).returns<a.MembershipView>(),
  /** Many members at once (one transaction): current members in an overlapping period are skipped and named. */
  'memberships.addMany': channel(a.membershipBulkInput).returns<a.MembershipBulkResult>(),
  'memberships.remove': channel(byId).returns<a.MembershipView>(),

  'trash.list': channel(empty).returns<a.TrashItem[]>(),
  'trash.restore': channel(a.trashRef).returns<a.TrashItem>(),
  'trash.purge': channel(a.trashRef).returns<{ purged: true }>(),

  'actors.importPreview': channel(a.importRequest).returns<a.ImportPreview>(),
  'actors.importCommit': channel(a.importCommit).returns<a.ImportResult>(),
  'actors.importCancel': channel(empty).returns<{ cancelled: number }>(),
  'actors.exportOverview': channel(docOptions).file<FileResult>(),
} satisfies Record<string, ChannelDef>;
