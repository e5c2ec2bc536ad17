import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { ValidateNestedObject } from '../common/validation/nested.decorators';
import { OptionalText, RequiredText, TextList } from '../common/validation/text.decorators';
import { INDUSTRIES, Industry, PARTNERSHIP_TYPES, PartnershipType } from '../domain/vocabulary';

export class TripOriginDto {
  @RequiredText(50, '包头')
  name: string;

  @ApiProperty({ minimum: -90, maximum: 90 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-90)
  @Max(90)
  latitude: number;

  @ApiProperty({ minimum: -180, maximum: 180 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-180)
  @Max(180)
  longitude: number;
}

export class TripFocusDto {
  @ApiPropertyOptional({ enum: INDUSTRIES, isArray: true, example: ['rare_earth'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(INDUSTRIES.length)
  @IsIn(INDUSTRIES as unknown as string[], { each: true })
  industries?: Industry[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Only these positions' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  positionIds?: string[];

  @ApiPropertyOptional({ minimum: 1, maximum: 5, description: 'Only positions at least this urgent' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  minUrgency?: number;
}

/** A coordinator's trip request. Defaults: origin 包头, no budget, yield 10 % of a cohort per trip. */
export class TripPlanRequestDto {
  @ApiPropertyOptional({ type: TripOriginDto })
  @IsOptional()
  @ValidateNestedObject(() => TripOriginDto)
  origin?: TripOriginDto;

  @ApiProperty({ minimum: 1, maximum: 14, example: 2 })
  @IsInt()
  @Min(1)
  @Max(14)
  days: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 4, default: 2, description: 'At most this many fairs a day; the hours (fairs 09:00–18:00, travel timed from distance) may allow fewer' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(4)
  stopsPerDay?: number;

  @ApiPropertyOptional({ type: TripFocusDto })
  @IsOptional()
  @ValidateNestedObject(() => TripFocusDto)
  focus?: TripFocusDto;

  /** Destinations: when any of cities, provinces or universities is given, the trip visits only those (their union). */
  @TextList(20, 50, ['兰州'])
  cities?: string[];

  @TextList(34, 50, ['甘肃省'])
  provinces?: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Only these universities (with cities and provinces: any of them)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  universities?: string[];

  @ApiPropertyOptional({ enum: PARTNERSHIP_TYPES, isArray: true, example: ['job_fair', 'order_training'], description: 'What the trip is for; each stop lists these as existing or to propose' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(PARTNERSHIP_TYPES.length)
  @IsIn(PARTNERSHIP_TYPES as unknown as string[], { each: true })
  partnershipTypes?: PartnershipType[];

  @ApiPropertyOptional({ default: false, description: 'Only universities that already have one of partnershipTypes with the zone' })
  @IsOptional()
  @IsBoolean()
  requirePartnership?: boolean;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'The participating enterprises: only their open positions are presented' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  enterprises?: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  mustVisit?: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  exclude?: string[];

  @ApiPropertyOptional({ minimum: 0, description: 'Travel budget, yuan' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(10_000_000)
  budget?: number;

  @ApiPropertyOptional({ minimum: 0.001, maximum: 1, default: 0.1, description: 'Expected share of a graduating cohort recruited per trip, shared among the positions it fits' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.001)
  @Max(1)
  yield?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 5000, description: 'Only universities within this distance of the origin' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(1)
  @Max(5000)
  maxDistanceKm?: number;

  @ApiPropertyOptional({ example: '2027-03-15', description: 'First day, for the calendar export' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'startDate must be YYYY-MM-DD' })
  startDate?: string;

  @OptionalText(100, '稀土专场招聘行程')
  title?: string;
}
