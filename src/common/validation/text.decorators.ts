import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

/** A required, non-blank string of at most `max` characters. */
export function RequiredText(max: number, example?: string) {
  return applyDecorators(ApiProperty({ maxLength: max, example }), IsString(), IsNotEmpty(), MaxLength(max));
}

/** An optional string (null allowed) of at most `max` characters. */
export function OptionalText(max: number, example?: string) {
  return applyDecorators(
    ApiPropertyOptional({ maxLength: max, example, nullable: true }),
    IsOptional(),
    IsString(),
    MaxLength(max),
  );
}

/** An optional list of short strings. */
export function TextList(maxItems: number, maxLength: number, example?: string[]) {
  return applyDecorators(
    ApiPropertyOptional({ type: [String], maxItems, example }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(maxItems),
    IsString({ each: true }),
    IsNotEmpty({ each: true }),
    MaxLength(maxLength, { each: true }),
  );
}

/** One value of a closed vocabulary. */
export function OneOf(values: readonly string[], required: boolean) {
  const doc = required ? ApiProperty({ enum: values }) : ApiPropertyOptional({ enum: values, nullable: true });
  return required
    ? applyDecorators(doc, IsIn(values as string[]))
    : applyDecorators(doc, IsOptional(), IsIn(values as string[]));
}
