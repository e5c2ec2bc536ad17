import { ApiToken } from '../auth/api-token.entity';
import { AuthSession } from '../auth/auth-session.entity';
import { UserAccount } from '../auth/user-account.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { Consent } from '../consents/consent.entity';
import { PipelineEntry } from '../pipeline/pipeline-entry.entity';
import { CandidateDecision } from '../matches/candidate-decision.entity';
import { Enterprise } from '../enterprises/enterprise.entity';
import { Match } from '../matches/match.entity';
import { ProgrammeMatch } from '../programmes/programme-match.entity';
import { EngineState } from '../recompute/engine-state.entity';
import { RecomputeRequest } from '../recompute/recompute-request.entity';
import { TalentMatchState } from '../recompute/talent-match-state.entity';
import { PositionMatchState } from '../recompute/position-match-state.entity';
import { StatisticsGeneration } from '../recompute/statistics-generation.entity';
import { QuarantineEntry } from '../recompute/quarantine.entity';
import { Policy } from '../policies/policy.entity';
import { Position } from '../positions/position.entity';
import { Programme } from '../programmes/programme.entity';
import { Skill } from '../skills/skill.entity';
import { TalentContact } from '../talents/talent-contact.entity';
import { Talent } from '../talents/talent.entity';
import { University } from '../universities/university.entity';

/** Every entity, listed explicitly: no globs, so jest, the CLI and the compiled app see the same set. */
export const ENTITIES = [
  Enterprise,
  Position,
  Talent,
  TalentContact,
  University,
  Programme,
  Skill,
  Match,
  ProgrammeMatch,
  RecomputeRequest,
  EngineState,
  TalentMatchState,
  PositionMatchState,
  StatisticsGeneration,
  QuarantineEntry,
  UserAccount,
  AuthSession,
  ApiToken,
  Consent,
  AuditEvent,
  CandidateDecision,
  Policy,
  PipelineEntry,
];
