import { arrayOf, bool, dateTime, enumOf, int, nullable, num, object, page, str, uuid } from '../common/openapi/schema';
import { PIPELINE_SOURCES, PIPELINE_STAGES } from './stages';

const StageChangeSchema = object({ from: nullable(enumOf(PIPELINE_STAGES)), to: enumOf(PIPELINE_STAGES), byUserId: nullable(uuid), byRole: str, at: dateTime });
const NoteSchema = object({ text: str, byUserId: nullable(uuid), byRole: str, at: dateTime });

const entryFields = {
  id: uuid,
  positionId: uuid,
  talentId: uuid,
  source: enumOf(PIPELINE_SOURCES),
  stage: enumOf(PIPELINE_STAGES),
  stageZh: str,
  appliedAt: nullable(dateTime),
  interestNote: nullable(str),
  invitedAt: nullable(dateTime),
  inviteNote: nullable(str),
  withdrawnAt: nullable(dateTime),
  version: int,
  updatedAt: dateTime,
};

/** What the talent sees of their own applications and invitations (no enterprise notes). */
export const ApplicationSchema = object({
  ...entryFields,
  positionTitle: str,
  enterpriseName: str,
  positionStatus: str,
});

/** One pipeline row as the enterprise (or the talent office) sees it. */
export const PipelineEntrySchema = object({
  ...entryFields,
  history: arrayOf(StageChangeSchema),
  notes: arrayOf(NoteSchema),
  allowedMoves: arrayOf(enumOf(PIPELINE_STAGES)),
  score: nullable(num),
  name: str,
  phone: nullable(str),
  email: nullable(str),
  masked: bool,
  consentStatus: str,
});

export const PipelinePageSchema = object({
  items: arrayOf(PipelineEntrySchema),
  total: int,
  page: int,
  limit: int,
  headcount: int,
  filledCount: int,
  counts: object(Object.fromEntries(PIPELINE_STAGES.map((s) => [s, int]))),
});

export const ApplicationPageSchema = page(ApplicationSchema);
