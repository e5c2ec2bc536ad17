import { Global, Module } from '@nestjs/common';
import { MeController } from './me.controller';
import { RetentionService } from './retention.service';
import { TalentErasureService } from './talent-erasure.service';
import { TalentExportService } from './talent-export.service';

@Global()
@Module({
  controllers: [MeController],
  providers: [TalentErasureService, TalentExportService, RetentionService],
  exports: [TalentErasureService, RetentionService],
})
export class PrivacyModule {}
