import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Staff } from '../auth/access.decorator';
import { AppException } from '../common/errors/app-exception';
import { tripPlanToCsv, tripPlanToHtml, tripPlanToICalendar } from '../planning/trip/trip-exports';
import { TripPlanRequestDto } from './trip-request.dto';
import { TripsService } from './trips.service';
import { ApiErrors, ApiOk } from '../common/openapi/api-responses';
import { TripOptionsSchema, TripPlanSchema } from './trip.openapi';

const EXPORTS = {
  html: 'text/html; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  ics: 'text/calendar; charset=utf-8',
} as const;

@ApiTags('recruitment')
@ApiBearerAuth()
@Staff()
@ApiErrors(403)
@Controller()
export class TripsController {
  constructor(private readonly trips: TripsService) {}

  @Get('recruitment-trips/options')
  @ApiOk(TripOptionsSchema)
  @ApiOperation({ summary: 'Pick lists for a trip request: cities, provinces, universities, enterprises with openings, partnership types' })
  options() {
    return this.trips.options();
  }

  @Post('recruitment-trips/plan')
  @ApiOk(TripPlanSchema)
  @ApiErrors(422)
  @HttpCode(200)
  @ApiOperation({ summary: 'Plan a recruitment trip: stops, majors, positions to present, coverage, alternatives' })
  plan(@Body() body: TripPlanRequestDto) {
    return this.trips.plan(body);
  }

  @Post('recruitment-trips/plan/:format')
  @ApiParam({ name: 'format', enum: Object.keys(EXPORTS) })
  @ApiResponse({ status: 200, content: Object.fromEntries(Object.values(EXPORTS).map((t) => [t.split(';')[0], { schema: { type: 'string' } }])) })
  @ApiErrors(422)
  @HttpCode(200)
  @ApiOperation({ summary: 'The planned itinerary as a printable HTML page, CSV (Excel) or iCalendar file' })
  async export(@Param('format') format: string, @Body() body: TripPlanRequestDto, @Res() res: Response) {
    if (!(format in EXPORTS)) throw AppException.validation({ format: 'must be html, csv or ics' });
    const result = await this.trips.plan(body);
    const kind = format as keyof typeof EXPORTS;
    const content =
      kind === 'html'
        ? tripPlanToHtml(result, { title: body.title, lang: 'zh' })
        : kind === 'csv'
          ? tripPlanToCsv(result.plan)
          : tripPlanToICalendar(result.plan, { startDate: body.startDate ?? nextMonday() });
    res.setHeader('content-type', EXPORTS[kind]);
    res.setHeader('content-disposition', `attachment; filename="recruitment-trip.${kind}"`);
    res.send(content);
  }
}

/** Default calendar start: the next Monday (UTC date), so an exported plan lands on working days. */
function nextMonday(): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + ((8 - d.getUTCDay()) % 7 || 7));
  return d.toISOString().slice(0, 10);
}
