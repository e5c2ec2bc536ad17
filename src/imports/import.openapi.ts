import { IMPORT_TYPES } from './import-types';
import { anyObject, arrayOf, bool, dateTime, enumOf, int, nullable, num, object, str, uuid } from '../common/openapi/schema';

const STATUSES = ['running', 'completed', 'refused', 'failed'];

export const ImportStartedSchema = object({ jobId: uuid, status: enumOf(STATUSES), dryRun: bool, statusUrl: str });

const Report = object(
  {
    rows: int,
    created: int,
    updated: int,
    unchanged: int,
    errors: arrayOf(object({ row: int, column: str, reason: str })),
    dryRun: bool,
    committed: bool,
    encoding: str,
    ignoredColumns: arrayOf(str),
    preview: arrayOf(object({ row: int, key: str, action: enumOf(['created', 'updated']), changes: anyObject })),
  },
  ['encoding'],
);

export const ImportJobSchema = object({
  jobId: uuid,
  type: enumOf(IMPORT_TYPES),
  dryRun: bool,
  status: enumOf(STATUSES),
  format: enumOf(['csv', 'xlsx']),
  bytes: int,
  rowsRead: int,
  startedAt: dateTime,
  finishedAt: nullable(dateTime),
  report: nullable(Report),
  error: nullable(str),
  refusal: {
    ...nullable(
      object({
        status: enumOf([413, 422]),
        code: str,
        message: str,
        fields: { type: 'object', additionalProperties: str },
        limit: object({ name: str, env: str, measured: num, max: num, unit: str }),
      }),
    ),
    description: 'When status is refused: the limit the file went over (its environment variable, measured value and maximum)',
  },
});
