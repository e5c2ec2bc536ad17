import { CONSENT_STATUSES } from './consent.entity';
import { dateTime, enumOf, nullable, object, str, uuid } from '../common/openapi/schema';

/** A talent's consent to one enterprise seeing their contact details (PIPL: separate, withdrawable). */
export const ConsentSchema = object({
  id: uuid,
  talentId: uuid,
  enterpriseId: uuid,
  enterpriseName: nullable(str),
  purpose: str,
  status: enumOf(CONSENT_STATUSES),
  requestedAt: nullable(dateTime),
  grantedAt: nullable(dateTime),
  withdrawnAt: nullable(dateTime),
  expiresAt: nullable(dateTime),
});
