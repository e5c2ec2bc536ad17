import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { PositionAccessService } from '../access/position-access.service';
import { TalentAccessService } from '../access/talent-access.service';
import { AuditService } from '../audit/audit.service';
import { CurrentPrincipal, Roles, Staff } from '../auth/access.decorator';
import type { Principal } from '../auth/principal';
import { IsIn, IsOptional } from 'class-validator';
import type { Response } from 'express';
import { UuidParam } from '../common/validation/uuid-param.pipe';
import { TripPlanRequestDto } from '../trips/trip-request.dto';
import { OpeningsExportQueryDto } from '../trips/supply-demand.dto';
import { ExportsService, OpenWriter } from './exports.service';
import { parseType } from './imports.controller';
import { CONTENT_TYPES, ExportFormat, tabularWriter } from './tabular-writer';
import { ApiErrors, ApiFile } from '../common/openapi/api-responses';
import { IMPORT_TYPES } from './import-types';

export class ExportQueryDto {
  @ApiPropertyOptional({ enum: ['csv', 'xlsx'], default: 'xlsx' })
  @IsOptional()
  @IsIn(['csv', 'xlsx'])
  format: ExportFormat = 'xlsx';
}

/** What the export routes answer with (csv or xlsx, by ?format). */
const DOWNLOADS = Object.values(CONTENT_TYPES).map((type) => type.split(';')[0]);

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
@ApiBearerAuth()
@ApiErrors(403)
@Controller('exports')
export class ExportsController {
  constructor(
    private readonly exports: ExportsService,
    private readonly positions: PositionAccessService,
    private readonly talents: TalentAccessService,
    private readonly audit: AuditService,
  ) {}

  /** Same masking as the candidate list; every export is audited. */
  @Roles('enterprise', 'coordinator', 'admin')
  @Get('candidates/:positionId')
  @ApiFile(DOWNLOADS)
  @ApiErrors(404)
  @ApiOperation({ summary: 'A position\'s ranked candidates as XLSX or CSV', description: ESCAPING })
  async candidates(
    @UuidParam('positionId') positionId: string,
    @Query() query: ExportQueryDto,
    @Res() res: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    await this.positions.assertManaged(principal, positionId);
    await this.audit.record({ action: 'candidates.export', actor: principal, details: { positionId, format: query.format } });
    return this.exports.candidates(positionId, opener(res, query.format, 'candidates'), principal);
  }

  @Roles('talent', 'coordinator', 'admin')
  @Get('recommendations/:talentId')
  @ApiFile(DOWNLOADS)
  @ApiErrors(404)
  @ApiOperation({ summary: 'A talent\'s recommended positions as XLSX or CSV', description: ESCAPING })
  recommendations(
    @UuidParam('talentId') talentId: string,
    @Query() query: ExportQueryDto,
    @Res() res: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    this.talents.assertWritable(principal, talentId);
    return this.exports.recommendations(talentId, opener(res, query.format, 'recommendations'));
  }

  @Staff()
  @Post('trip-plan')
  @ApiFile(DOWNLOADS)
  @ApiErrors(422)
  @HttpCode(200)
  @ApiOperation({ summary: 'A planned recruitment trip (same body as POST /recruitment-trips/plan) as XLSX or CSV', description: ESCAPING })
  tripPlan(@Body() body: TripPlanRequestDto, @Query() query: ExportQueryDto, @Res() res: Response) {
    return this.exports.tripPlan(body, opener(res, query.format, 'recruitment-trip'));
  }

  /** Declared before `:type`, which would take `openings` for a record type. */
  @Staff()
  @Get('openings')
  @ApiFile(DOWNLOADS)
  @ApiOperation({
    summary: 'The coordinators\' openings list (same filters and order as GET /supply-demand/openings, every row) as XLSX or CSV',
    description: ESCAPING,
  })
  openings(@Query() query: OpeningsExportQueryDto, @Res() res: Response) {
    return this.exports.openingsList(query, opener(res, query.format, 'openings'));
  }

  @Staff()
  @Get(':type')
  @ApiParam({ name: 'type', enum: IMPORT_TYPES })
  @ApiFile(DOWNLOADS)
  @ApiOperation({
    summary: 'All talents, positions, universities or programmes in the import layout (re-importing the file changes nothing)',
    description: `${ESCAPING} Talents' contact details are not exported.`,
  })
  async records(@Param('type') type: string, @Query() query: ExportQueryDto, @Res() res: Response, @CurrentPrincipal() principal: Principal) {
    const importType = parseType(type);
    if (importType === 'talents') await this.audit.record({ action: 'talents.export', actor: principal, details: { format: query.format } });
    return this.exports.records(importType, opener(res, query.format, importType));
  }
}
