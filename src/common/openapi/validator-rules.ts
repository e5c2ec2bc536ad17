import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';

/**
 * Request DTOs declare their rules twice: class-validator decorators (what the server enforces) and
 * @ApiProperty (what the document says). Without the Nest CLI plugin (we build with SWC) the second
 * drifts: `@IsInt()` fields are documented as `number`, `number | null` as `object`, `@IsUUID()` fields
 * without a format. This pass copies the enforced rules into the @ApiProperty metadata before the
 * document is built, so request schemas say what validation does. It only fills in: an explicit
 * @ApiProperty option wins, except a type the TypeScript union erased to `Object`.
 */
/** @nestjs/swagger's metadata key for @ApiProperty options (API_MODEL_PROPERTIES, not exported). */
const API_MODEL_PROPERTIES = 'swagger/apiModelProperties';

type PropertyMeta = Record<string, unknown> & { type?: unknown; isArray?: boolean; items?: Record<string, unknown> };

/** Classes already done (the pass runs once per app; a WeakSet, since static lookups would see a parent's mark). */
const applied = new WeakSet<Function>();

export function applyValidatorRulesToSwagger(): void {
  const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<Function, ValidationMetadata[]> };
  for (const [target, rules] of storage.validationMetadatas) {
    const prototype = (target as { prototype?: object }).prototype;
    if (!prototype || applied.has(target)) continue;
    applied.add(target);
    const byProperty = new Map<string, ValidationMetadata[]>();
    for (const rule of rules) byProperty.set(rule.propertyName, [...(byProperty.get(rule.propertyName) ?? []), rule]);
    for (const [property, propertyRules] of byProperty) {
      const meta = Reflect.getMetadata(API_MODEL_PROPERTIES, prototype, property) as PropertyMeta | undefined;
      if (!meta) continue; // not documented at all: nothing to correct
      Reflect.defineMetadata(API_MODEL_PROPERTIES, patched(meta, propertyRules), prototype, property);
    }
  }
}

function patched(original: PropertyMeta, rules: ValidationMetadata[]): PropertyMeta {
  const meta: PropertyMeta = { ...original };
  const erased = meta.type === Object || meta.type === 'object';
  const own = (name: string) => rules.find((r) => r.name === name && !r.each);
  const each = (name: string) => rules.find((r) => r.name === name && r.each);
  const setType = (type: string) => {
    if (erased || meta.type === Number || meta.type === 'number' || meta.type === undefined) meta.type = type;
  };
  // A `T | null` property (design type Object) that validation lets through as null.
  if (erased && rules.some((r) => r.type === 'conditionalValidation')) meta.nullable = true;

  if (own('isInt')) setType('integer');
  else if (own('isNumber')) setType('number');
  if (own('isBoolean')) setType('boolean');
  if (own('isString') || own('matches') || own('isEmail') || own('isUuid') || own('isDateString') || own('isISO8601')) {
    if (erased || meta.type === undefined) meta.type = 'string';
  }
  if (own('isUuid')) meta.format ??= 'uuid';
  if (own('isEmail')) meta.format ??= 'email';
  const isIn = own('isIn');
  if (isIn && meta.enum === undefined) meta.enum = [...(isIn.constraints[0] as unknown[])];
  const matches = own('matches');
  if (matches && meta.pattern === undefined) meta.pattern = (matches.constraints[0] as RegExp).source;
  const min = own('min');
  if (min && meta.minimum === undefined) meta.minimum = min.constraints[0];
  const max = own('max');
  if (max && meta.maximum === undefined) meta.maximum = max.constraints[0];
  const maxLength = own('maxLength');
  if (maxLength && meta.maxLength === undefined) meta.maxLength = maxLength.constraints[0];
  const minLength = own('minLength');
  if (minLength && meta.minLength === undefined) meta.minLength = minLength.constraints[0];
  if (own('isNotEmpty') && (meta.type === String || meta.type === 'string') && meta.minLength === undefined) meta.minLength = 1;
  const arrayMax = own('arrayMaxSize');
  if (arrayMax && meta.maxItems === undefined) meta.maxItems = arrayMax.constraints[0];
  const arrayMin = own('arrayMinSize');
  if (arrayMin && meta.minItems === undefined) meta.minItems = arrayMin.constraints[0];
  // Element rules of a list of scalars (`@IsString({ each: true })`, `@IsUUID(…, { each: true })`).
  if (meta.isArray && (meta.type === String || meta.type === 'string')) {
    const itemMax = each('maxLength');
    if (itemMax) meta.items = { ...(meta.items ?? {}), type: 'string', maxLength: itemMax.constraints[0] };
  }
  return meta;
}
