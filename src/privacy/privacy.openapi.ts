import { AccountSchema } from '../auth/auth.openapi';
import { TalentSchema } from '../talents/talent.openapi';
import { anyObject, arrayOf, dateTime, nullable, object, str } from '../common/openapi/schema';

const { disabled: _d, version: _v, ...exportedAccount } = AccountSchema.properties as Record<string, object>;

/**
 * Everything held about the talent (PIPL right to take it along). The lists are rows as stored
 * (snake_case columns), documented as open objects: the export follows the tables, not an API shape.
 */
export const TalentExportSchema = object({
  exportedAt: dateTime,
  account: nullable(object(exportedAccount)),
  profile: TalentSchema,
  contact: nullable(object({ phone: nullable(str), email: nullable(str) })),
  consents: arrayOf(anyObject),
  matches: arrayOf(anyObject),
  decisions: arrayOf(anyObject),
  pipeline: arrayOf(anyObject),
  auditEvents: arrayOf(anyObject),
});
