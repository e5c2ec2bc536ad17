import { Param, PipeTransform } from '@nestjs/common';
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

/** `@UuidParam() id: string`: the route parameter, checked to be a UUID. */
export function UuidParam(name = 'id'): ParameterDecorator {
  return Param(name, new UuidParamPipe(name));
}
