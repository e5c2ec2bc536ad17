import { AUDIT_ACTIONS } from './audit-event.entity';
import { anyObject, arrayOf, dateTime, enumOf, nullable, object, str, uuid } from '../common/openapi/schema';

export const AuditEventSchema = object({
  id: { type: 'string', pattern: '^[0-9]+$', description: 'bigint, as a string' },
  at: dateTime,
  action: enumOf(AUDIT_ACTIONS),
  actorUserId: nullable(uuid),
  actorRole: nullable(str),
  talentId: nullable(uuid),
  enterpriseId: nullable(uuid),
  details: anyObject,
});

/** Who saw a talent's contact details (GET /me/contact-views). */
export const ContactViewsSchema = object({
  items: arrayOf(object({ at: dateTime, actorRole: nullable(str), enterpriseName: nullable(str) })),
});
