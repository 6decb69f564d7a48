import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '../engine';

/** Trigram indexes for the actor list search (issue 8), filled from the actors already there. */
export class ActorTrigrams1700000000070 implements MigrationInterface {
  name = 'ActorTrigrams1700000000070';

  async up(q: QueryRunner): Promise<void> {
    await schemaOf(q).createActorTrigrams();
  }

  async down(q: QueryRunner): Promise<void> {
    await schemaOf(q).dropActorTrigrams();
  }
}
