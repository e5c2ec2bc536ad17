import { Param, PipeTransform } from '@nestjs/common';
import { documentPathParam } from '../openapi/path-param';
import { AppException } from '../errors/app-exception';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Path ids must be UUIDs: anything else is a 400 naming the parameter, before it reaches SQL. */
export class UuidParamPipe implements PipeTransform<string, string> {
  constructor(private readonly field: string) {}

  transform(value: string): string {
    if (typeof value !== 'string' || !UUID.test(value)) {
      throw AppException.validation({ [this.field]: 'must be a UUID' });
    }
    return value.toLowerCase();
  }
}

/** `@UuidParam() id: string`: the route parameter, checked to be a UUID (and documented as one). */
export function UuidParam(name = 'id'): ParameterDecorator {
  return documentPathParam(Param(name, new UuidParamPipe(name)), { name, schema: { type: 'string', format: 'uuid' } });
}
