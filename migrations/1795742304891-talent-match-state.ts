import { MigrationInterface, QueryRunner } from 'typeorm';

export class TalentMatchState1795742304891 implements MigrationInterface {
  name = 'TalentMatchState1795742304891';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"talent_match_state\" (\"talent_id\" uuid NOT NULL, \"talent_version\" integer NOT NULL, \"generation\" bigint NOT NULL, \"computed_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_b265a8d1f81ed7fea9529b917d3\" PRIMARY KEY (\"talent_id\"))");
    await queryRunner.query("ALTER TABLE \"talent_match_state\" ADD CONSTRAINT \"talent_match_state_talent_id_fkey\" FOREIGN KEY (\"talent_id\") REFERENCES \"talent\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"talent_match_state\" DROP CONSTRAINT \"talent_match_state_talent_id_fkey\"");
    await queryRunner.query("DROP TABLE \"talent_match_state\"");
  }
}
