import { applyDecorators } from '@nestjs/common';
import { Transform, Type } from 'class-transformer';
import { IsArray, IsObject, ValidateNested } from 'class-validator';

type DtoClass = new () => object;

/**
 * Stands in for a list item that is itself a list. class-validator's ValidateNested walks into an array
 * it meets as an item (so `[[]]` or `[[{…}]]` would pass and be stored); a primitive makes it report the
 * item instead, at its own path (`requiredSkills.0`).
 */
const NESTED_LIST_ITEM = 'nested list';

/**
 * A list of objects of `dto`, each validated by it. Every item must be a JSON object: `[]`, `"x"`, `1` or
 * `null` as an item is a 400 naming the item (`skills.0`). Optionality, size and the OpenAPI schema stay
 * with the property.
 */
export function ValidateNestedList(dto: () => DtoClass) {
  return applyDecorators(
    IsArray(),
    ValidateNested({ each: true, message: 'each item of $property must be an object' }),
    Type(dto),
    Transform(({ value }: { value: unknown }) =>
      Array.isArray(value) ? value.map((item: unknown) => (Array.isArray(item) ? NESTED_LIST_ITEM : item)) : value,
    ),
  );
}

/** One nested object of `dto`. ValidateNested alone lets a list through (it validates its items instead). */
export function ValidateNestedObject(dto: () => DtoClass) {
  return applyDecorators(IsObject({ message: '$property must be an object' }), ValidateNested(), Type(dto));
}
