import { Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiParam, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import type { Request, Response } from 'express';
import { Staff } from '../auth/access.decorator';
import { AppException } from '../common/errors/app-exception';
import { UuidParam } from '../common/validation/uuid-param.pipe';
import { IMPORT_BODY_LIMIT, ImportJobsService } from './import-jobs.service';
import { ALL_OR_NOTHING_RULE, IMPORT_TYPES, ImportType, isImportType } from './import-types';
import { CONTENT_TYPES } from './tabular-writer';
import { templateCsv } from './templates';
import { ApiAccepted, ApiErrors, ApiFile, ApiOk } from '../common/openapi/api-responses';
import { ImportJobSchema, ImportStartedSchema } from './import.openapi';

export class ImportQueryDto {
  @ApiPropertyOptional({ default: false, description: 'Validate and preview; never commits' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value))
  @IsBoolean()
  dryRun?: boolean;
}

/** Bodies this route reads itself; application/json is parsed (and consumed) by the app's JSON parser. */
const ACCEPTED = /^(multipart\/form-data|text\/csv|text\/plain|application\/csv|application\/octet-stream|application\/vnd\.ms-excel|application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet)\b/;

export function parseType(value: string): ImportType {
  if (!isImportType(value)) throw AppException.validation({ type: `must be one of ${IMPORT_TYPES.join(', ')}` });
  return value;
}

@ApiTags('imports')
@ApiBearerAuth()
@Staff()
@ApiErrors(403)
@Controller('imports')
export class ImportsController {
  constructor(private readonly jobs: ImportJobsService) {}

  @Post(':type')
  @ApiParam({ name: 'type', enum: IMPORT_TYPES })
  @ApiAccepted(ImportStartedSchema)
  @ApiErrors(413, 422)
  @HttpCode(202)
  @ApiOperation({
    summary: 'Import talents, positions, universities or programmes from CSV (UTF-8 or GBK) or XLSX; returns a job id',
    description:
      `${ALL_OR_NOTHING_RULE} Send the file as multipart/form-data (field "file") or as the raw body with content-type ` +
      `text/csv or ${CONTENT_TYPES.xlsx}; up to ${IMPORT_BODY_LIMIT / 1024 / 1024} MB. Poll GET /imports/{jobId} for progress and the report.`,
  })
  @ApiConsumes('multipart/form-data', 'text/csv', CONTENT_TYPES.xlsx)
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  async start(@Param('type') type: string, @Query() query: ImportQueryDto, @Req() request: Request) {
    const importType = parseType(type);
    if (!ACCEPTED.test(request.headers['content-type'] ?? '')) {
      throw AppException.validation({ 'content-type': 'send multipart/form-data, text/csv or an XLSX file' });
    }
    const job = await this.jobs.start(importType, request, query.dryRun ?? false);
    return { jobId: job.jobId, status: job.status, dryRun: job.dryRun, statusUrl: `/imports/${job.jobId}` };
  }

  @Get('templates/:type')
  @ApiParam({ name: 'type', enum: IMPORT_TYPES })
  @ApiFile([CONTENT_TYPES.csv.split(';')[0]])
  @ApiErrors(400)
  @ApiOperation({ summary: 'A CSV template (UTF-8 with BOM, Chinese/English headers, one example row)' })
  template(@Param('type') type: string, @Res() res: Response) {
    const importType = parseType(type);
    res.setHeader('content-type', CONTENT_TYPES.csv);
    res.setHeader('content-disposition', `attachment; filename="${importType}-template.csv"`);
    res.send(templateCsv(importType));
  }

  @Get(':jobId')
  @ApiOk(ImportJobSchema)
  @ApiErrors(404)
  @ApiOperation({ summary: 'Progress (rows read) of an import job and, when done, its report' })
  get(@UuidParam('jobId') jobId: string) {
    return this.jobs.get(jobId);
  }
}
