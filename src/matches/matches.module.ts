import { Module } from '@nestjs/common';
import { MatchesController } from './matches.controller';
import { MatchesService } from './matches.service';

@Module({ controllers: [MatchesController], providers: [MatchesService], exports: [MatchesService] })
export class MatchesModule {}
