import { Module } from '@nestjs/common';
import { MatchesModule } from '../matches/matches.module';
import { TripsModule } from '../trips/trips.module';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';
import { ImportJobsService } from './import-jobs.service';
import { ImportsController } from './imports.controller';

/** Spreadsheet imports and exports; the lists and plans it exports come from the matches and trips modules. */
@Module({
  imports: [MatchesModule, TripsModule],
  controllers: [ImportsController, ExportsController],
  providers: [ImportJobsService, ExportsService],
})
export class ImportsModule {}
