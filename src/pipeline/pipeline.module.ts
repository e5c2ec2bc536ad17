import { Module } from '@nestjs/common';
import { ConsentsModule } from '../consents/consents.module';
import { InterestService } from './interest.service';
import { PipelineController } from './pipeline.controller';
import { PipelineService } from './pipeline.service';

/** Interest both ways (applications, invitations) and the hiring pipeline of each opening. */
@Module({ imports: [ConsentsModule], controllers: [PipelineController], providers: [InterestService, PipelineService] })
export class PipelineModule {}
