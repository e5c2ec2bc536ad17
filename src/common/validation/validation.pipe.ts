import { ValidationError, ValidationPipe } from '@nestjs/common';
import { AppException } from '../errors/app-exception';
import { FieldErrors } from '../errors/error-codes';

/** Flattens class-validator's error tree into `path → first message` (e.g. `requiredSkills.0.weight`). */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldErrors {
  const fields: FieldErrors = {};
  for (const error of errors) {
    const path = parent ? `${parent}.${error.property}` : error.property;
    if (error.constraints) {
      const messages = Object.values(error.constraints);
      fields[path] = messages[messages.length - 1];
    }
    if (error.children?.length) Object.assign(fields, flattenValidationErrors(error.children, path));
  }
  return fields;
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    // Bodies are typed strictly: "5" is not a number. Query DTOs convert explicitly with @Type.
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => AppException.validation(flattenValidationErrors(errors)),
  });
}
