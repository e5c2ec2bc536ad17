import { arrayOf, dateTime, int, nullable, object, str } from '../common/openapi/schema';

/** A taxonomy skill; its id is a kebab-case key, not a UUID. */
export const SkillSchema = object({
  id: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
  nameZh: str,
  nameEn: str,
  aliases: arrayOf(str),
  broaderId: nullable(str),
  category: str,
  occupationGroup: nullable(str),
  version: int,
  updatedAt: dateTime,
});
