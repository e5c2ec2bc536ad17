import { MigrationInterface, QueryRunner } from 'typeorm';

/** Talent policies as data (issue 18): conditions and benefits as typed JSON, versioned like every record. */
export class Policies1795790000000 implements MigrationInterface {
  name = 'Policies1795790000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "policy" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "external_key" text, "version" integer NOT NULL DEFAULT '1',
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "name_zh" text NOT NULL, "name_en" text, "issuer" text NOT NULL, "tier" text, "conditions" jsonb NOT NULL DEFAULT '[]',
        "benefits" jsonb NOT NULL DEFAULT '[]', "illustrative" boolean NOT NULL DEFAULT false, "source_note" text NOT NULL DEFAULT '',
        "active" boolean NOT NULL DEFAULT true, CONSTRAINT "UQ_29fed0862bb7e4898bd3af136f4" UNIQUE ("external_key"),
        CONSTRAINT "PK_9917b0c5e4286703cc656b1d39f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query('CREATE INDEX "IDX_0c27662534ae3070dceea6f0db" ON "policy" ("tier")');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_0c27662534ae3070dceea6f0db"');
    await queryRunner.query('DROP TABLE "policy"');
  }
}
