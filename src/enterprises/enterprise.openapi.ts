import { INDUSTRIES } from '../domain/vocabulary';
import { enumOf, nullable, object, recordColumns, str } from '../common/openapi/schema';

/** An enterprise (or research institute) profile as the API returns it: the stored row. */
export const EnterpriseSchema = object({
  ...recordColumns,
  nameZh: str,
  nameEn: nullable(str),
  industry: enumOf(INDUSTRIES),
  kind: enumOf(['enterprise', 'research']),
  park: nullable(str),
  contactPerson: nullable(str),
  creditCode: nullable(str),
});
