import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { Response } from 'express';
import { UuidParam } from '../common/validation/uuid-param.pipe';
import { TripPlanRequestDto } from '../trips/trip-request.dto';
import { ExportsService, OpenWriter } from './exports.service';
import { parseType } from './imports.controller';
import { CONTENT_TYPES, ExportFormat, tabularWriter } from './tabular-writer';

export class ExportQueryDto {
  @ApiPropertyOptional({ enum: ['csv', 'xlsx'], default: 'xlsx' })
  @IsOptional()
  @IsIn(['csv', 'xlsx'])
  format: ExportFormat = 'xlsx';
}

const ESCAPING = 'Cells beginning with =, +, - or @ are prefixed with a single quote in both formats; CSV is UTF-8 with BOM.';

/** Sets the download headers and opens the writer on the response. */
function opener(res: Response, format: ExportFormat, name: string): OpenWriter {
  return () => {
    res.status(200);
    res.setHeader('content-type', CONTENT_TYPES[format]);
    res.setHeader('content-disposition', `attachment; filename="${name}.${format}"`);
    return tabularWriter(format, res, name);
  };
}

@ApiTags('exports')
@Controller('exports')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Get('candidates/:positionId')
  @ApiOperation({ summary: 'A position\'s ranked candidates as XLSX or CSV', description: ESCAPING })
  candidates(@UuidParam('positionId') positionId: string, @Query() query: ExportQueryDto, @Res() res: Response) {
    return this.exports.candidates(positionId, opener(res, query.format, 'candidates'));
  }

  @Get('recommendations/:talentId')
  @ApiOperation({ summary: 'A talent\'s recommended positions as XLSX or CSV', description: ESCAPING })
  recommendations(@UuidParam('talentId') talentId: string, @Query() query: ExportQueryDto, @Res() res: Response) {
    return this.exports.recommendations(talentId, opener(res, query.format, 'recommendations'));
  }

  @Post('trip-plan')
  @HttpCode(200)
  @ApiOperation({ summary: 'A planned recruitment trip (same body as POST /recruitment-trips/plan) as XLSX or CSV', description: ESCAPING })
  tripPlan(@Body() body: TripPlanRequestDto, @Query() query: ExportQueryDto, @Res() res: Response) {
    return this.exports.tripPlan(body, opener(res, query.format, 'recruitment-trip'));
  }

  @Get(':type')
  @ApiOperation({
    summary: 'All talents, positions, universities or programmes in the import layout (re-importing the file changes nothing)',
    description: `${ESCAPING} Talents' contact details are not exported.`,
  })
  records(@Param('type') type: string, @Query() query: ExportQueryDto, @Res() res: Response) {
    const importType = parseType(type);
    return this.exports.records(importType, opener(res, query.format, importType));
  }
}
