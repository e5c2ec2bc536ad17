import { Module } from '@nestjs/common';
import { SupplyDemandService } from './supply-demand.service';
import { TripsController } from './trips.controller';
import { TripsService } from './trips.service';

@Module({ controllers: [TripsController], providers: [TripsService, SupplyDemandService], exports: [TripsService, SupplyDemandService] })
export class TripsModule {}
