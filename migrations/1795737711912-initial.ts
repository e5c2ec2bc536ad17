import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795737711912 implements MigrationInterface {
  name = 'Initial1795737711912';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"enterprise\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"external_key\" text, \"version\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"name_zh\" text NOT NULL, \"name_en\" text, \"industry\" text NOT NULL, \"kind\" text NOT NULL DEFAULT 'enterprise', \"park\" text, \"contact_person\" text, \"credit_code\" text, CONSTRAINT \"UQ_7da8731488466935d0be24bde82\" UNIQUE (\"external_key\"), CONSTRAINT \"UQ_95895967c00ece7a8dec9d99e6e\" UNIQUE (\"credit_code\"), CONSTRAINT \"PK_09687cd306dc5d486c0e227c471\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_c2bc3074fd71747792f40bd950\" ON \"enterprise\" (\"industry\") ");
    await queryRunner.query("CREATE TABLE \"position\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"external_key\" text, \"version\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"enterprise_id\" uuid NOT NULL, \"title\" text NOT NULL, \"description\" text NOT NULL DEFAULT '', \"industry\" text NOT NULL, \"required_skills\" jsonb NOT NULL DEFAULT '[]', \"preferred_skills\" jsonb NOT NULL DEFAULT '[]', \"min_degree\" text, \"preferred_majors\" jsonb NOT NULL DEFAULT '[]', \"min_years_experience\" real NOT NULL DEFAULT '0', \"headcount\" integer NOT NULL DEFAULT '1', \"filled_count\" integer NOT NULL DEFAULT '0', \"urgency\" smallint NOT NULL DEFAULT '3', \"tier_sought\" text, \"location\" text NOT NULL DEFAULT '包头', \"salary_min\" integer, \"salary_max\" integer, \"status\" text NOT NULL DEFAULT 'open', CONSTRAINT \"UQ_3922ce82a4bb87f45563fe389cc\" UNIQUE (\"external_key\"), CONSTRAINT \"position_salary_check\" CHECK (salary_min IS NULL OR salary_max IS NULL OR salary_min <= salary_max), CONSTRAINT \"position_urgency_check\" CHECK (urgency BETWEEN 1 AND 5), CONSTRAINT \"position_filled_count_check\" CHECK (filled_count >= 0 AND filled_count <= headcount), CONSTRAINT \"position_headcount_check\" CHECK (headcount >= 1), CONSTRAINT \"PK_b7f483581562b4dc62ae1a5b7e2\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_654ece893967a17a9daf9e9f3e\" ON \"position\" (\"enterprise_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_9d03208a2b5a171266de4944e2\" ON \"position\" (\"industry\") ");
    await queryRunner.query("CREATE INDEX \"position_status_urgency_idx\" ON \"position\" (\"status\", \"urgency\") ");
    await queryRunner.query("CREATE TABLE \"talent\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"external_key\" text, \"version\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"name\" text NOT NULL, \"headline\" text NOT NULL DEFAULT '', \"education\" jsonb NOT NULL DEFAULT '[]', \"work\" jsonb NOT NULL DEFAULT '[]', \"skills\" jsonb NOT NULL DEFAULT '[]', \"summary\" text NOT NULL DEFAULT '', \"tier\" text, \"honours\" jsonb NOT NULL DEFAULT '[]', \"current_city\" text, \"willing_to_relocate\" boolean NOT NULL DEFAULT false, CONSTRAINT \"UQ_57695388356f50b6e1bd913680a\" UNIQUE (\"external_key\"), CONSTRAINT \"PK_bb69d9cea50aa835af369a4c2b8\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_6acdcfe69eba498f2a95abe489\" ON \"talent\" (\"tier\") ");
    await queryRunner.query("CREATE INDEX \"IDX_e5386f7f91f7e1afb267218e50\" ON \"talent\" (\"current_city\") ");
    await queryRunner.query("CREATE TABLE \"match\" (\"talent_id\" uuid NOT NULL, \"position_id\" uuid NOT NULL, \"score\" real NOT NULL, \"eligible\" boolean NOT NULL, \"components\" jsonb NOT NULL DEFAULT '{}', \"explanation\" jsonb NOT NULL DEFAULT '{}', \"engine_version\" text NOT NULL, \"talent_version\" integer NOT NULL, \"position_version\" integer NOT NULL, \"computed_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_35f324457844d5c1aacb4c16bc7\" PRIMARY KEY (\"talent_id\", \"position_id\"))");
    await queryRunner.query("CREATE INDEX \"match_talent_score_idx\" ON \"match\" (\"talent_id\", \"score\") ");
    await queryRunner.query("CREATE INDEX \"match_position_score_idx\" ON \"match\" (\"position_id\", \"score\") ");
    await queryRunner.query("CREATE TABLE \"university\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"external_key\" text, \"version\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"name_zh\" text NOT NULL, \"name_en\" text, \"city\" text NOT NULL, \"province\" text NOT NULL, \"latitude\" double precision, \"longitude\" double precision, \"coordinate_source\" text, \"partnership_types\" jsonb NOT NULL DEFAULT '[]', CONSTRAINT \"UQ_a4b098fa8767c9735b412ef2b4b\" UNIQUE (\"external_key\"), CONSTRAINT \"PK_d14e5687dbd51fd7a915c22ac13\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_a30b7ff3f8da5e9b7319a11263\" ON \"university\" (\"city\") ");
    await queryRunner.query("CREATE TABLE \"programme\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"external_key\" text, \"version\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"university_id\" uuid NOT NULL, \"major\" text NOT NULL, \"major_code\" text, \"degree\" text NOT NULL, \"graduates_per_year\" integer NOT NULL, \"graduation_month\" smallint NOT NULL DEFAULT '6', \"keywords\" jsonb NOT NULL DEFAULT '[]', \"skills_taught\" jsonb NOT NULL DEFAULT '[]', CONSTRAINT \"UQ_fa8f4572399d54b27b3cac316a4\" UNIQUE (\"external_key\"), CONSTRAINT \"programme_graduation_month_check\" CHECK (graduation_month BETWEEN 1 AND 12), CONSTRAINT \"programme_graduates_per_year_check\" CHECK (graduates_per_year >= 0), CONSTRAINT \"PK_76ff6b30b74f213944d1ac0a660\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_92eabba46ae636ddc04942a7e1\" ON \"programme\" (\"university_id\") ");
    await queryRunner.query("CREATE TABLE \"skill\" (\"id\" text NOT NULL, \"name_zh\" text NOT NULL, \"name_en\" text NOT NULL, \"aliases\" jsonb NOT NULL DEFAULT '[]', \"broader_id\" text, \"category\" text NOT NULL, \"occupation_group\" text, \"version\" integer NOT NULL DEFAULT '1', \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_a0d33334424e64fb78dc3ce7196\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_ff5bcde6fd8c4b037294ea34c3\" ON \"skill\" (\"broader_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_e5a17be1e8e11183678396adb7\" ON \"skill\" (\"category\") ");
    await queryRunner.query("CREATE TABLE \"talent_contact\" (\"talent_id\" uuid NOT NULL, \"phone\" text, \"email\" text, CONSTRAINT \"PK_b24432aa92ec3845012155266d9\" PRIMARY KEY (\"talent_id\"))");
    await queryRunner.query("ALTER TABLE \"position\" ADD CONSTRAINT \"position_enterprise_id_fkey\" FOREIGN KEY (\"enterprise_id\") REFERENCES \"enterprise\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"match\" ADD CONSTRAINT \"match_talent_id_fkey\" FOREIGN KEY (\"talent_id\") REFERENCES \"talent\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"match\" ADD CONSTRAINT \"match_position_id_fkey\" FOREIGN KEY (\"position_id\") REFERENCES \"position\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"programme\" ADD CONSTRAINT \"programme_university_id_fkey\" FOREIGN KEY (\"university_id\") REFERENCES \"university\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"skill\" ADD CONSTRAINT \"skill_broader_id_fkey\" FOREIGN KEY (\"broader_id\") REFERENCES \"skill\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"talent_contact\" ADD CONSTRAINT \"talent_contact_talent_id_fkey\" FOREIGN KEY (\"talent_id\") REFERENCES \"talent\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"talent_contact\" DROP CONSTRAINT \"talent_contact_talent_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"skill\" DROP CONSTRAINT \"skill_broader_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"programme\" DROP CONSTRAINT \"programme_university_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"match\" DROP CONSTRAINT \"match_position_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"match\" DROP CONSTRAINT \"match_talent_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"position\" DROP CONSTRAINT \"position_enterprise_id_fkey\"");
    await queryRunner.query("DROP TABLE \"talent_contact\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_e5a17be1e8e11183678396adb7\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_ff5bcde6fd8c4b037294ea34c3\"");
    await queryRunner.query("DROP TABLE \"skill\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_92eabba46ae636ddc04942a7e1\"");
    await queryRunner.query("DROP TABLE \"programme\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_a30b7ff3f8da5e9b7319a11263\"");
    await queryRunner.query("DROP TABLE \"university\"");
    await queryRunner.query("DROP INDEX \"public\".\"match_position_score_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"match_talent_score_idx\"");
    await queryRunner.query("DROP TABLE \"match\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_e5386f7f91f7e1afb267218e50\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_6acdcfe69eba498f2a95abe489\"");
    await queryRunner.query("DROP TABLE \"talent\"");
    await queryRunner.query("DROP INDEX \"public\".\"position_status_urgency_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_9d03208a2b5a171266de4944e2\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_654ece893967a17a9daf9e9f3e\"");
    await queryRunner.query("DROP TABLE \"position\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_c2bc3074fd71747792f40bd950\"");
    await queryRunner.query("DROP TABLE \"enterprise\"");
  }
}
