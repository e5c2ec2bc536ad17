import { ApiParam } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

/**
 * A route-parameter decorator that also documents the parameter (@ApiParam), so a pipe's rule (UUID,
 * skill id) is stated where the pipe is chosen instead of on every route that uses it. Parameter
 * decorators run before method decorators, and the method already exists on the prototype.
 */
export function documentPathParam(param: ParameterDecorator, doc: { name: string; schema: SchemaObject }): ParameterDecorator {
  return (target, key, index) => {
    param(target, key, index);
    if (key === undefined) return;
    const descriptor = Object.getOwnPropertyDescriptor(target, key);
    if (descriptor) ApiParam({ name: doc.name, required: true, schema: doc.schema })(target, key, descriptor);
  };
}
