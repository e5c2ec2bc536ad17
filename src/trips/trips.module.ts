import { Module } from '@nestjs/common';
import { OpeningsService } from './openings.service';
import { SupplyDemandController } from './supply-demand.controller';
import { SupplyDemandService } from './supply-demand.service';
import { TripsController } from './trips.controller';
import { TripsService } from './trips.service';

@Module({
  controllers: [TripsController, SupplyDemandController],
  providers: [TripsService, SupplyDemandService, OpeningsService],
  exports: [TripsService, SupplyDemandService, OpeningsService],
})
export class TripsModule {}
