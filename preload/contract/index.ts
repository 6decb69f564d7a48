import type { z } from 'zod';
import * as a from './actors';
import type { AppInfo, DemoResult } from './app';
import { channel, type ChannelDef } from './channel';
import { byId, empty, type FileResult, type Page } from './common';
import type { Envelope } from './errors';

export * from './actors';
export * from './app';
export * from './common';
export * from './errors';
export type { ChannelDef } from './channel';

/**
 * The one API contract between renderer and main. Main validates every payload against `input`
 * before a handler runs; the preload and the HTTP client expose exactly these channels.
 */
export const contract = {
  'app.info': channel(empty).returns<AppInfo>(),
  'app.loadDemo': channel(empty).returns<DemoResult>(),

  'organisations.list': channel(a.organisationListQuery).returns<Page<a.OrganisationSummary>>(),
  'organisations.get': channel(byId).returns<a.Organisation>(),
  'organisations.create': channel(a.organisationInput).returns<a.Organisation>(),
  'organisations.update': channel(a.updateOrganisation).returns<a.Organisation>(),
  'organisations.delete': channel(byId).returns<a.TrashItem>(),

  'people.list': channel(a.personListQuery).returns<Page<a.PersonSummary>>(),
  'people.get': channel(byId).returns<a.Person>(),
  'people.create': channel(a.personInput).returns<a.Person>(),
  'people.update': channel(a.updatePerson).returns<a.Person>(),
  'people.delete': channel(byId).returns<a.TrashItem>(),

  'bodies.list': channel(empty).returns<a.Body[]>(),
  'bodies.get': channel(byId).returns<a.Body>(),
  'bodies.create': channel(a.bodyInput).returns<a.Body>(),
  'bodies.update': channel(a.updateBody).returns<a.Body>(),
  'bodies.delete': channel(byId).returns<a.TrashItem>(),

  'memberships.add': channel(a.membershipInput).returns<a.MembershipView>(),
  'memberships.remove': channel(byId).returns<a.MembershipView>(),

  'trash.list': channel(empty).returns<a.TrashItem[]>(),
  'trash.restore': channel(a.trashRef).returns<a.TrashItem>(),
  'trash.purge': channel(a.trashRef).returns<{ purged: true }>(),

  'actors.importPreview': channel(a.importRequest).returns<a.ImportPreview>(),
  'actors.importCommit': channel(a.importCommit).returns<a.ImportResult>(),
  'actors.exportOverview': channel(empty).file<FileResult>(),
} satisfies Record<string, ChannelDef>;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export const channelNames = Object.keys(contract) as ChannelName[];

export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ChannelParsed<C extends ChannelName> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = NonNullable<Contract[C]['_output']>;

/** What the preload exposes as `window.samspil`: one function per channel. */
export type SamspilApi = {
  [C in ChannelName]: (input: ChannelInput<C>) => Promise<Envelope<ChannelOutput<C>>>;
};

/** IPC channel names are prefixed so they never collide with Electron's own. */
export const ipcChannel = (name: ChannelName) => `samspil:${name}`;
