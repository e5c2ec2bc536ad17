import { arrayOf, enumOf, int, nullable, object, str } from '../common/openapi/schema';

const STATUS = enumOf(['up', 'down', 'disabled', 'degraded']);
const component = (extra: Record<string, object> = {}) =>
  object({ status: STATUS, detail: str, latencyMs: int, ...extra }, ['detail', 'latencyMs', ...Object.keys(extra)]);

/** GET /health: 200 while serving (possibly degraded), 503 naming what is down; same body either way. */
export const HealthSchema = object({
  status: enumOf(['ok', 'degraded']),
  reasons: arrayOf(str),
  postgres: component(),
  redis: component(),
  queue: component({ waiting: int, active: int, failed: int }),
  recompute: component({ pending: int, oldestPendingMs: nullable(int), failing: int, quarantined: int }),
});
