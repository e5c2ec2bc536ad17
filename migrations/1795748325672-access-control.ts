import { MigrationInterface, QueryRunner } from 'typeorm';

export class AccessControl1795748325672 implements MigrationInterface {
  name = 'AccessControl1795748325672';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"user_account\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"username\" text NOT NULL, \"display_name\" text NOT NULL DEFAULT '', \"password_hash\" text NOT NULL, \"role\" text NOT NULL, \"enterprise_id\" uuid, \"talent_id\" uuid, \"disabled\" boolean NOT NULL DEFAULT false, \"token_version\" integer NOT NULL DEFAULT '1', \"version\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"last_login_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"UQ_3c4d4fae641bf9048ad324ee0d9\" UNIQUE (\"username\"), CONSTRAINT \"user_account_binding_check\" CHECK ((\"role\" = 'enterprise') = (\"enterprise_id\" IS NOT NULL) AND (\"role\" = 'talent') = (\"talent_id\" IS NOT NULL)), CONSTRAINT \"user_account_role_check\" CHECK (\"role\" IN ('admin', 'coordinator', 'enterprise', 'talent')), CONSTRAINT \"PK_6acfec7285fdf9f463462de3e9f\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_1b31dc8ab153d17286d0be870e\" ON \"user_account\" (\"enterprise_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_6a0aa2f8dc6879d739bbfd3845\" ON \"user_account\" (\"talent_id\") WHERE talent_id IS NOT NULL");
    await queryRunner.query("CREATE TABLE \"api_token\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"name\" text NOT NULL, \"token_hash\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"expires_at\" TIMESTAMP WITH TIME ZONE, \"revoked_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_d862311c568d175c26f41bc6f98\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_1725c5ea908ff009f6ab3fa34f\" ON \"api_token\" (\"user_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_bafaa5aab5957cd193fb2da8f2\" ON \"api_token\" (\"token_hash\") ");
    await queryRunner.query("CREATE TABLE \"auth_session\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"token_hash\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"revoked_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_19354ed146424a728c1112a8cbf\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_b8783d517fab10672700a39cb4\" ON \"auth_session\" (\"user_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_dcf5c3ee6b3682ac4e724dc949\" ON \"auth_session\" (\"token_hash\") ");
    await queryRunner.query("CREATE TABLE \"audit_event\" (\"id\" BIGSERIAL NOT NULL, \"at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"action\" text NOT NULL, \"actor_user_id\" uuid, \"actor_role\" text, \"talent_id\" uuid, \"enterprise_id\" uuid, \"details\" jsonb NOT NULL DEFAULT '{}', CONSTRAINT \"PK_481efbe8b0a403efe3f47a6528f\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"audit_event_enterprise_idx\" ON \"audit_event\" (\"enterprise_id\", \"at\") ");
    await queryRunner.query("CREATE INDEX \"audit_event_talent_idx\" ON \"audit_event\" (\"talent_id\", \"at\") ");
    await queryRunner.query("CREATE TABLE \"consent\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"talent_id\" uuid NOT NULL, \"enterprise_id\" uuid NOT NULL, \"purpose\" text NOT NULL, \"status\" text NOT NULL, \"requested_at\" TIMESTAMP WITH TIME ZONE, \"granted_at\" TIMESTAMP WITH TIME ZONE, \"withdrawn_at\" TIMESTAMP WITH TIME ZONE, \"expires_at\" TIMESTAMP WITH TIME ZONE, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"consent_status_check\" CHECK (\"status\" IN ('requested', 'granted', 'declined', 'withdrawn')), CONSTRAINT \"PK_9115e8d6b082d4fc46d56134d29\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_22ff131c7b8f34753e81300dcd\" ON \"consent\" (\"enterprise_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"consent_talent_enterprise_key\" ON \"consent\" (\"talent_id\", \"enterprise_id\") ");
    await queryRunner.query("CREATE TABLE \"candidate_decision\" (\"position_id\" uuid NOT NULL, \"talent_id\" uuid NOT NULL, \"decision\" text NOT NULL, \"decided_by\" uuid, \"decided_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"candidate_decision_check\" CHECK (\"decision\" IN ('shortlisted', 'rejected')), CONSTRAINT \"PK_ff3982b552ce886d07c57b1cb42\" PRIMARY KEY (\"position_id\", \"talent_id\"))");
    await queryRunner.query("ALTER TABLE \"user_account\" ADD CONSTRAINT \"user_account_enterprise_id_fkey\" FOREIGN KEY (\"enterprise_id\") REFERENCES \"enterprise\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"user_account\" ADD CONSTRAINT \"user_account_talent_id_fkey\" FOREIGN KEY (\"talent_id\") REFERENCES \"talent\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"api_token\" ADD CONSTRAINT \"api_token_user_id_fkey\" FOREIGN KEY (\"user_id\") REFERENCES \"user_account\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"auth_session\" ADD CONSTRAINT \"auth_session_user_id_fkey\" FOREIGN KEY (\"user_id\") REFERENCES \"user_account\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"consent\" ADD CONSTRAINT \"consent_talent_id_fkey\" FOREIGN KEY (\"talent_id\") REFERENCES \"talent\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"consent\" ADD CONSTRAINT \"consent_enterprise_id_fkey\" FOREIGN KEY (\"enterprise_id\") REFERENCES \"enterprise\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"candidate_decision\" ADD CONSTRAINT \"candidate_decision_position_id_fkey\" FOREIGN KEY (\"position_id\") REFERENCES \"position\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"candidate_decision\" ADD CONSTRAINT \"candidate_decision_talent_id_fkey\" FOREIGN KEY (\"talent_id\") REFERENCES \"talent\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"candidate_decision\" DROP CONSTRAINT \"candidate_decision_talent_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"candidate_decision\" DROP CONSTRAINT \"candidate_decision_position_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"consent\" DROP CONSTRAINT \"consent_enterprise_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"consent\" DROP CONSTRAINT \"consent_talent_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"auth_session\" DROP CONSTRAINT \"auth_session_user_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"api_token\" DROP CONSTRAINT \"api_token_user_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"user_account\" DROP CONSTRAINT \"user_account_talent_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"user_account\" DROP CONSTRAINT \"user_account_enterprise_id_fkey\"");
    await queryRunner.query("DROP TABLE \"candidate_decision\"");
    await queryRunner.query("DROP INDEX \"public\".\"consent_talent_enterprise_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_22ff131c7b8f34753e81300dcd\"");
    await queryRunner.query("DROP TABLE \"consent\"");
    await queryRunner.query("DROP INDEX \"public\".\"audit_event_talent_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"audit_event_enterprise_idx\"");
    await queryRunner.query("DROP TABLE \"audit_event\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_dcf5c3ee6b3682ac4e724dc949\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_b8783d517fab10672700a39cb4\"");
    await queryRunner.query("DROP TABLE \"auth_session\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_bafaa5aab5957cd193fb2da8f2\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_1725c5ea908ff009f6ab3fa34f\"");
    await queryRunner.query("DROP TABLE \"api_token\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_6a0aa2f8dc6879d739bbfd3845\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_1b31dc8ab153d17286d0be870e\"");
    await queryRunner.query("DROP TABLE \"user_account\"");
  }
}
