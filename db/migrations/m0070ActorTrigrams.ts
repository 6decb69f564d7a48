import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createActorTrigrams, dropActorTrigrams } from '../sqliteActorSearch';

/** Trigram indexes for the actor list search (issue 8), filled from the actors already there. */
export class ActorTrigrams1700000000070 implements MigrationInterface {
  name = 'ActorTrigrams1700000000070';

  async up(q: QueryRunner): Promise<void> {
    await createActorTrigrams(q);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropActorTrigrams(q);
  }
}
