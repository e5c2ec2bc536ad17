import { MigrationInterface, QueryRunner } from 'typeorm';

/** The hiring pipeline (issue 17): one row per talent and opening, with its stage history and notes. */
export class HiringPipeline1795800000000 implements MigrationInterface {
  name = 'HiringPipeline1795800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "pipeline_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "position_id" uuid NOT NULL, "talent_id" uuid NOT NULL, "source" text NOT NULL, "stage" text NOT NULL DEFAULT 'recommended', "applied_at" TIMESTAMP WITH TIME ZONE, "interest_note" text, "invited_at" TIMESTAMP WITH TIME ZONE, "invite_note" text, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "history" jsonb NOT NULL DEFAULT '[]', "notes" jsonb NOT NULL DEFAULT '[]', "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pipeline_entry_source_check" CHECK ("source" IN ('applied', 'invited', 'matched')), CONSTRAINT "pipeline_entry_stage_check" CHECK ("stage" IN ('recommended', 'contacted', 'interview', 'offer', 'hired', 'rejected')), CONSTRAINT "PK_2ce7e2d43f3f077bf0859aa7563" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "pipeline_entry_talent_idx" ON "pipeline_entry" ("talent_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "pipeline_entry_position_talent_key" ON "pipeline_entry" ("position_id", "talent_id")`);
    await queryRunner.query(`ALTER TABLE "pipeline_entry" ADD CONSTRAINT "pipeline_entry_position_id_fkey" FOREIGN KEY ("position_id") REFERENCES "position"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pipeline_entry" ADD CONSTRAINT "pipeline_entry_talent_id_fkey" FOREIGN KEY ("talent_id") REFERENCES "talent"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "pipeline_entry" DROP CONSTRAINT "pipeline_entry_talent_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "pipeline_entry" DROP CONSTRAINT "pipeline_entry_position_id_fkey"`);
    await queryRunner.query(`DROP INDEX "public"."pipeline_entry_position_talent_key"`);
    await queryRunner.query(`DROP INDEX "public"."pipeline_entry_talent_idx"`);
    await queryRunner.query(`DROP TABLE "pipeline_entry"`);
  }
}
