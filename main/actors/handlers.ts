import { appLanguage } from '../settings/lookup';
import type { actorChannels } from '../../preload/contract/actorChannels';
import type { HandlersFor } from '../api/handlers';
import * as bodies from './bodyService';
import { addMemberships } from './bulkMembership';
import { exportActorOverview } from './exportService';
import { cancelImports, commitImport, previewImport } from './importService';
import * as orgs from './organisationService';
import * as people from './personService';
import * as trash from './trashService';

export const actorHandlers: HandlersFor<keyof typeof actorChannels> = {
  'organisations.list': (ctx, q) => orgs.listOrganisations(ctx.db, q),
  'organisations.get': (ctx, { id }) => orgs.getOrganisation(ctx.db, id),
  'organisations.create': (ctx, input) => orgs.createOrganisation(ctx.db, input),
  'organisations.update': (ctx, { id, data, version }) => orgs.updateOrganisation(ctx.db, id, data, version),
  'organisations.delete': (ctx, { id, version }) => orgs.deleteOrganisation(ctx.db, id, version),

  'people.list': (ctx, q) => people.listPeople(ctx.db, q),
  'people.get': (ctx, { id }) => people.getPerson(ctx.db, id),
  'people.create': (ctx, input) => people.createPerson(ctx.db, input),
  'people.update': (ctx, { id, data, version }) => people.updatePerson(ctx.db, id, data, version),
  'people.delete': (ctx, { id, version }) => people.deletePerson(ctx.db, id, version),

  'bodies.list': (ctx) => bodies.listBodies(ctx.db),
  'bodies.options': (ctx) => bodies.listBodyOptions(ctx.db),
  'bodies.get': (ctx, q) => bodies.getBody(ctx.db, q),
  'bodies.create': (ctx, input) => bodies.createBody(ctx.db, input),
  'bodies.update': (ctx, { id, data, version }) => bodies.updateBody(ctx.db, id, data, version),
  'bodies.delete': (ctx, { id, version }) => bodies.deleteBody(ctx.db, id, version),

  'memberships.add': (ctx, input) => bodies.addMembership(ctx.db, input),
  'memberships.addMany': (ctx, input) => addMemberships(ctx.db, input),
  'memberships.remove': (ctx, { id }) => bodies.removeMembership(ctx.db, id),

  'trash.list': (ctx) => trash.listTrash(ctx.db),
  'trash.restore': (ctx, { kind, id }) => trash.restoreFromTrash(ctx.db, kind, id),
  'trash.purge': (ctx, { kind, id }) => trash.purgeFromTrash(ctx.db, kind, id),

  'actors.importPreview': (ctx, req) => previewImport(ctx.db, req, ctx.signal),
  'actors.importCommit': (ctx, req) => commitImport(ctx.db, req, ctx.signal),
  'actors.importCancel': async () => cancelImports(),
  'actors.exportOverview': async (ctx, { language }) => exportActorOverview(ctx.db, undefined, language ?? (await appLanguage(ctx.db))),
};
