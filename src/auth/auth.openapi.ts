import { ROLES } from './principal';
import { arrayOf, bool, dateTime, enumOf, int, nullable, object, str, uuid } from '../common/openapi/schema';

/** Who is signed in (GET /auth/me, and the `user` of a token pair). */
export const UserViewSchema = object({
  id: uuid,
  username: str,
  displayName: str,
  role: enumOf(ROLES),
  enterpriseId: nullable(uuid),
  talentId: nullable(uuid),
});

/** An account as the user administration routes show it. */
export const AccountSchema = object({
  ...(UserViewSchema.properties as Record<string, object>),
  disabled: bool,
  version: int,
  createdAt: dateTime,
  lastLoginAt: nullable(dateTime),
});

export const TokenPairSchema = object({
  accessToken: { type: 'string', description: 'JWT; send as Authorization: Bearer <token>' },
  refreshToken: str,
  tokenType: enumOf(['Bearer']),
  expiresIn: { type: 'integer', description: 'Seconds until the access token expires' },
  user: UserViewSchema,
});

export const QueueBoardTicketSchema = object({ url: str, expiresIn: int });

export const ApiTokenSchema = object({ id: uuid, name: str, createdAt: dateTime, expiresAt: nullable(dateTime), revokedAt: nullable(dateTime) });
export const NewApiTokenSchema = object({
  ...(ApiTokenSchema.properties as Record<string, object>),
  token: { type: 'string', description: 'The secret (tm_…), shown only in this response' },
});
export const ApiTokenListSchema = object({ items: arrayOf(ApiTokenSchema) });
