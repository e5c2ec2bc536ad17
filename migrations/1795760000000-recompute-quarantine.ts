import { MigrationInterface, QueryRunner } from 'typeorm';

export class RecomputeQuarantine1795760000000 implements MigrationInterface {
  name = 'RecomputeQuarantine1795760000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "recompute_quarantine" ("kind" text NOT NULL, "entity_id" uuid NOT NULL, "entity_version" integer NOT NULL,
        "field" text, "reason" text NOT NULL, "quarantined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_recompute_quarantine" PRIMARY KEY ("kind", "entity_id"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "recompute_quarantine"');
  }
}
