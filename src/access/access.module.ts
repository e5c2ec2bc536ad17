import { Global, Module } from '@nestjs/common';
import { PositionAccessService } from './position-access.service';
import { TalentAccessService } from './talent-access.service';

/** Object scope (which talents and positions a caller may see or change), shared by every feature. */
@Global()
@Module({ providers: [TalentAccessService, PositionAccessService], exports: [TalentAccessService, PositionAccessService] })
export class AccessModule {}
