import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Incremental recompute (issue 14): statistics generations with their position snapshot, both list
 * directions in `match` (in_talent_list / in_position_list), the position lists' watermark and floor,
 * the talents' row floor, and the positions epoch. Existing rows are talent rows; the engine version
 * changes with this release, so the first start rebuilds both directions.
 */
export class IncrementalLists1795780000000 implements MigrationInterface {
  name = 'IncrementalLists1795780000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "position_match_state" ("position_id" uuid NOT NULL, "position_version" integer NOT NULL, "generation" bigint NOT NULL,
        "floor" real NOT NULL DEFAULT '-1', "size" integer NOT NULL DEFAULT '0', "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_f0fa2235cb26629ab2a81cf65d2" PRIMARY KEY ("position_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "statistics_generation" ("generation" bigint NOT NULL, "positions" jsonb NOT NULL, "position_count" integer NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_17723cfe0583dfd3cc2272799b3" PRIMARY KEY ("generation"))`,
    );
    await queryRunner.query('ALTER TABLE "match" ADD "in_talent_list" boolean NOT NULL DEFAULT true');
    await queryRunner.query('ALTER TABLE "match" ADD "in_position_list" boolean NOT NULL DEFAULT false');
    await queryRunner.query(`ALTER TABLE "engine_state" ADD "positions_epoch" bigint NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "talent_match_state" ADD "floor" real NOT NULL DEFAULT '0'`);
    await queryRunner.query(
      `ALTER TABLE "position_match_state" ADD CONSTRAINT "position_match_state_position_id_fkey" FOREIGN KEY ("position_id")
        REFERENCES "position"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "position_match_state" DROP CONSTRAINT "position_match_state_position_id_fkey"');
    await queryRunner.query('ALTER TABLE "talent_match_state" DROP COLUMN "floor"');
    await queryRunner.query('ALTER TABLE "engine_state" DROP COLUMN "positions_epoch"');
    await queryRunner.query('ALTER TABLE "match" DROP COLUMN "in_position_list"');
    await queryRunner.query('ALTER TABLE "match" DROP COLUMN "in_talent_list"');
    await queryRunner.query('DROP TABLE "statistics_generation"');
    await queryRunner.query('DROP TABLE "position_match_state"');
  }
}
