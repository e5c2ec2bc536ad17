import { DynamicModule, Module } from '@nestjs/common';
import { AccessModule } from './access/access.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { ConsentsModule } from './consents/consents.module';
import { PrivacyModule } from './privacy/privacy.module';
import { UsersModule } from './users/users.module';
import { AllocationsModule } from './allocations/allocations.module';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { EnterprisesModule } from './enterprises/enterprises.module';
import { HealthModule } from './health/health.module';
import { ImportsModule } from './imports/imports.module';
import { MatchesModule } from './matches/matches.module';
import { PipelineModule } from './pipeline/pipeline.module';
import { PoliciesModule } from './policies/policies.module';
import { PositionsModule } from './positions/positions.module';
import { ProgrammesModule } from './programmes/programmes.module';
import { RecomputeModule } from './recompute/recompute.module';
import { SeedModule } from './seed/seed.module';
import { SkillsModule } from './skills/skills.module';
import { TalentsModule } from './talents/talents.module';
import { TripsModule } from './trips/trips.module';
import { UniversitiesModule } from './universities/universities.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        RecomputeModule,
        AuthModule,
        AuditModule,
        AccessModule,
        PrivacyModule,
        UsersModule,
        ConsentsModule,
        HealthModule,
        EnterprisesModule,
        PositionsModule,
        TalentsModule,
        UniversitiesModule,
        ProgrammesModule,
        SkillsModule,
        MatchesModule,
        SeedModule,
        TripsModule,
        ImportsModule,
        AllocationsModule,
        PoliciesModule,
        PipelineModule,
      ],
    };
  }
}
