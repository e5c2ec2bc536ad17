import { MigrationInterface, QueryRunner } from 'typeorm';

/** A talent's expected monthly salary (yuan), for the engine's pay fit; unknown (null) is neutral. */
export class TalentExpectedSalary1795770000000 implements MigrationInterface {
  name = 'TalentExpectedSalary1795770000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "talent" ADD "expected_salary_min" integer, ADD "expected_salary_max" integer');
    await queryRunner.query(
      `ALTER TABLE "talent" ADD CONSTRAINT "talent_expected_salary_min_check"
        CHECK (expected_salary_min IS NULL OR expected_salary_max IS NULL OR expected_salary_min <= expected_salary_max)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "talent" DROP CONSTRAINT "talent_expected_salary_min_check"');
    await queryRunner.query('ALTER TABLE "talent" DROP COLUMN "expected_salary_max", DROP COLUMN "expected_salary_min"');
  }
}
