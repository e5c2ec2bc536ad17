import { Body, Controller, Get, INestApplication, Module, Post, Query } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ApiCreated, ApiOk } from '../../src/common/openapi/api-responses';
import { buildOpenApiDocument } from '../../src/common/openapi/build-document';
import { int, object, str, uuid } from '../../src/common/openapi/schema';
import { HttpExceptionFilter } from '../../src/common/errors/http-exception.filter';
import { createValidationPipe } from '../../src/common/validation/validation.pipe';
import { formatReport, runFuzz } from '../support/fuzz/engine';

/**
 * The fuzzer must be able to fail: the same engine as test/fuzz/openapi-fuzz.e2e-spec.ts, against a
 * tiny app with one honest route, one whose body does not match its declared schema and one that
 * throws. It has to report exactly the two broken ones.
 */
class LimitQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 10 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10)
  limit?: number;
}

class NoteDto {
  @ApiProperty({ maxLength: 20 })
  @IsString()
  @MaxLength(20)
  text: string;
}

const Thing = object({ id: uuid, count: int });

@Controller('demo')
class DemoController {
  @Get('honest')
  @ApiOk(Thing)
  honest(@Query() _query: LimitQuery) {
    return { id: '0b0e7d2c-3c1a-4f7e-9a51-6f1f2b0c9d11', count: 3 };
  }

  /** Says `count` is an integer and nothing else is there; sends a fraction and an undeclared field. */
  @Get('lies')
  @ApiOk(Thing)
  lies() {
    return { id: '0b0e7d2c-3c1a-4f7e-9a51-6f1f2b0c9d11', count: 2.5, passwordHash: 'leaked' };
  }

  /** Throws on any body that validates: a 500 the fuzzer's valid requests reach. */
  @Post('throws')
  @ApiCreated(object({ text: str }))
  throws(@Body() body: NoteDto) {
    throw new Error(`unexpected: ${body.text}`);
  }
}

@Module({ controllers: [DemoController] })
class DemoModule {}

describe('the OpenAPI fuzzer', () => {
  let app: INestApplication;

  beforeAll(async () => {
    app = await NestFactory.create(DemoModule, { logger: false });
    app.useGlobalPipes(createValidationPipe());
    app.useGlobalFilters(new HttpExceptionFilter());
    await app.listen(0, '127.0.0.1');
  });

  afterAll(async () => {
    await app?.close();
  });

  it('reports a body that breaks its schema and a route that answers 500, and nothing else', async () => {
    const document = JSON.parse(JSON.stringify(buildOpenApiDocument(app)));
    const report = await runFuzz({
      baseUrl: (await app.getUrl()).replace('[::1]', '127.0.0.1'),
      document,
      seed: 7,
      maxRequests: 200,
      maxInvalidPerOperation: 10,
      callers: [{ name: 'anonymous' }],
      pathValue: () => 'unused',
    });
    console.log(formatReport(report, 2));

    expect(report.covered).toBe(3);
    expect(new Set(report.serverErrors.map((f) => f.operation))).toEqual(new Set(['POST /demo/throws']));
    expect(report.serverErrors.every((f) => f.status === 500)).toBe(true);
    expect(new Set(report.mismatches.map((f) => f.operation))).toEqual(new Set(['GET /demo/lies']));
    const problem = report.mismatches[0].problem;
    expect(problem).toContain('/count must be integer');
    expect(problem).toContain('must NOT have additional properties: passwordHash');
  });
});
