import { MigrationInterface, QueryRunner } from 'typeorm';

export class RecomputePipeline1795738940129 implements MigrationInterface {
  name = 'RecomputePipeline1795738940129';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"programme_match\" (\"programme_id\" uuid NOT NULL, \"position_id\" uuid NOT NULL, \"affinity\" real NOT NULL, \"components\" jsonb NOT NULL DEFAULT '{}', \"engine_version\" text NOT NULL, \"programme_version\" integer NOT NULL, \"position_version\" integer NOT NULL, \"computed_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_0a440afdb1af526e297e16b25f7\" PRIMARY KEY (\"programme_id\", \"position_id\"))");
    await queryRunner.query("CREATE INDEX \"programme_match_position_idx\" ON \"programme_match\" (\"position_id\", \"affinity\") ");
    await queryRunner.query("CREATE TABLE \"engine_state\" (\"key\" text NOT NULL, \"generation\" bigint NOT NULL DEFAULT '1', \"engine_version\" text, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_be93da49269bc93d611398b4f34\" PRIMARY KEY (\"key\"))");
    await queryRunner.query("CREATE TABLE \"recompute_request\" (\"kind\" text NOT NULL, \"entity_id\" text NOT NULL, \"requested_seq\" bigint NOT NULL, \"processed_seq\" bigint NOT NULL DEFAULT '0', \"requested_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"enqueued_at\" TIMESTAMP WITH TIME ZONE, \"attempts\" integer NOT NULL DEFAULT '0', \"last_error\" text, CONSTRAINT \"PK_ddf34ccd505ba62a4c5e341b801\" PRIMARY KEY (\"kind\", \"entity_id\"))");
    await queryRunner.query("CREATE INDEX \"recompute_request_pending_idx\" ON \"recompute_request\" (\"enqueued_at\") ");
    await queryRunner.query("ALTER TABLE \"match\" ADD \"generation\" bigint NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE \"programme_match\" ADD CONSTRAINT \"programme_match_programme_id_fkey\" FOREIGN KEY (\"programme_id\") REFERENCES \"programme\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"programme_match\" ADD CONSTRAINT \"programme_match_position_id_fkey\" FOREIGN KEY (\"position_id\") REFERENCES \"position\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    // Orders changes across processes: a job records the value it started from (see RecomputeRequest).
    await queryRunner.query('CREATE SEQUENCE "recompute_seq"');
    await queryRunner.query("INSERT INTO \"engine_state\" (\"key\", \"generation\") VALUES ('corpus', 1)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP SEQUENCE "recompute_seq"');
    await queryRunner.query("ALTER TABLE \"programme_match\" DROP CONSTRAINT \"programme_match_position_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"programme_match\" DROP CONSTRAINT \"programme_match_programme_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"match\" DROP COLUMN \"generation\"");
    await queryRunner.query("DROP INDEX \"public\".\"recompute_request_pending_idx\"");
    await queryRunner.query("DROP TABLE \"recompute_request\"");
    await queryRunner.query("DROP TABLE \"engine_state\"");
    await queryRunner.query("DROP INDEX \"public\".\"programme_match_position_idx\"");
    await queryRunner.query("DROP TABLE \"programme_match\"");
  }
}
