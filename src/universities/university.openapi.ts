import { PARTNERSHIP_TYPES } from '../domain/vocabulary';
import { arrayOf, enumOf, nullable, num, object, recordColumns, str } from '../common/openapi/schema';

export const UniversitySchema = object({
  ...recordColumns,
  nameZh: str,
  nameEn: nullable(str),
  city: str,
  province: str,
  latitude: nullable(num),
  longitude: nullable(num),
  coordinateSource: nullable(str),
  partnershipTypes: arrayOf(enumOf(PARTNERSHIP_TYPES)),
});
