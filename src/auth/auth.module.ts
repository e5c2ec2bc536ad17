import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { resolveAuthSecret } from './auth-secret';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AdminBootstrapService } from './admin-bootstrap.service';
import { AuthService } from './auth.service';
import { PrincipalResolver } from './principal-resolver';
import { RateLimitsService } from './rate-limits.service';
import { AUTH_SECRET, TokenService } from './token.service';

@Global()
@Module({
  controllers: [AuthController],
  providers: [
    { provide: AUTH_SECRET, inject: [APP_CONFIG], useFactory: (config: AppConfig) => resolveAuthSecret(config) },
    TokenService,
    PrincipalResolver,
    RateLimitsService,
    AuthService,
    AdminBootstrapService,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService, TokenService],
})
export class AuthModule {}
