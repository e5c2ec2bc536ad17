import { MigrationInterface, QueryRunner } from 'typeorm';

export class DebounceMaxWait1795744872214 implements MigrationInterface {
  name = 'DebounceMaxWait1795744872214';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"recompute_request\" ADD \"pending_since\" TIMESTAMP WITH TIME ZONE");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"recompute_request\" DROP COLUMN \"pending_since\"");
  }
}
