/** Shapes the console reads from the API (only the fields it uses). */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  limit: number;
}

export interface Position {
  id: string;
  version: number;
  enterpriseId: string;
  title: string;
  industry: string;
  urgency: number;
  headcount: number;
  filledCount: number;
  location: string | null;
  status: string;
  minDegree: string | null;
  salaryMin: number | null;
  salaryMax: number | null;
  requiredSkills: { name: string; minLevel?: number }[];
}

export interface Enterprise {
  id: string;
  nameZh: string;
  nameEn: string | null;
  industry: string;
}

export type ConsentStatus = 'none' | 'requested' | 'granted' | 'withdrawn' | 'declined';
export type Decision = 'none' | 'shortlisted' | 'rejected';

export interface CandidateBackground {
  degree: string | null;
  school: string | null;
  major: string | null;
  years: number;
  currentTitle: string | null;
  /** Null while masked (no consent yet). */
  currentEmployer: string | null;
}

export interface Candidate {
  talentId: string;
  name: string;
  headline: string | null;
  tier: string | null;
  currentCity: string | null;
  background: CandidateBackground;
  employerMasked?: boolean;
  score: number;
  components: Record<string, number>;
  matchedSkills: string[];
  partialSkills: string[];
  missingSkills: string[];
  reasons: { zh: string[]; en: string[] };
  consentStatus?: ConsentStatus;
  decision?: Decision;
  policies?: PolicyBriefs;
}

export interface Freshness {
  stale: boolean;
  computedAt: string | null;
}

export interface CandidateList extends Freshness {
  positionId: string;
  pendingTalents?: number;
  items: Candidate[];
}

/** A lacking or under-level skill with the way to get it (see GET /matches/:talentId/:positionId). */
export interface SkillGap {
  skill: string;
  kind: 'missing' | 'below_level' | 'related_only' | 'mentioned_only';
  requiredLevel: number;
  heldLevel: number | null;
  stepsFrom: { skill: string; level: number | null; similarity: number }[];
  scoreGain: number;
  learnAt: { universityId: string; university: string; city: string; partnershipTypes: string[]; programmes: { programmeId: string; major: string; degree: string }[] }[];
}

export interface Recommendation {
  positionId: string;
  title: string;
  enterpriseName: string;
  industry: string;
  location: string | null;
  urgency: number;
  salaryMin: number | null;
  salaryMax: number | null;
  score: number;
  /** Below the list's threshold: shown because the talent has few better ones. */
  belowThreshold?: boolean;
  components: Record<string, number>;
  matchedSkills: string[];
  partialSkills: string[];
  missingSkills: string[];
  reasons?: { zh: string[]; en: string[] };
  gaps?: SkillGap[];
  policies?: PolicyBriefs;
}

/** Why the engine set this talent's profile aside (it is quarantined): the field at fault, in both languages. */
export interface MatchProblem {
  field: string | null;
  reason: string;
  since: string;
  message: { zh: string; en: string };
}

/** Why a talent has no recommendation at all (the profile itself is fine). */
export interface EmptyReason {
  code: 'no_open_positions' | 'no_eligible_position';
  openPositions: number;
  rules: { code: string; zh: string; en: string; positions: number }[];
  message: { zh: string; en: string };
}

export interface RecommendationList extends Freshness {
  talentId: string;
  /** The store threshold: items below it are a thin profile's best eligible positions. */
  threshold: number;
  matchProblem: MatchProblem | null;
  emptyReason: EmptyReason | null;
  items: Recommendation[];
}

export interface TalentSkill {
  name: string;
  level?: number;
  years?: number;
}

export interface TalentEducation {
  school?: string | null;
  major?: string | null;
  degree?: string | null;
  graduationYear?: number | null;
}

export interface Talent {
  id: string;
  version: number;
  name: string;
  headline: string | null;
  summary: string | null;
  currentCity: string | null;
  willingToRelocate: boolean;
  tier: string | null;
  skills: TalentSkill[];
  education: TalentEducation[];
  /** Expected monthly salary, yuan. */
  expectedSalaryMin: number | null;
  expectedSalaryMax: number | null;
}

export interface Consent {
  id: string;
  talentId: string;
  enterpriseId: string;
  enterpriseName: string;
  purpose: string;
  status: ConsentStatus;
  requestedAt: string;
  grantedAt: string | null;
  withdrawnAt: string | null;
  expiresAt: string | null;
}

export interface Contact {
  talentId: string;
  name: string;
  phone: string | null;
  email: string | null;
  masked: boolean;
  consentStatus: ConsentStatus;
}

export interface Coverage {
  minScore: number;
  items: { positionId: string; strongCandidates: number }[];
}

/** Supply against demand in seats (GET /supply-demand/gaps, /supply-demand/openings). */
export interface SeatFigures {
  openSeats: number;
  strongTalents: number;
  reachableGraduates: number;
  supplySeats: number;
  gapSeats: number;
}

export interface SeatBasis extends Freshness {
  unit: 'seats';
  /** Share of a graduating cohort expected to be reachable. */
  yield: number;
  /** A stored match at or above this score is a strong candidate. */
  strongScore: number;
}

export interface SeatGapRow extends SeatFigures {
  industry?: string;
  major?: string;
  positionId?: string;
  title?: string;
  enterpriseName?: string;
}

export interface SeatGaps extends SeatBasis {
  by: 'industry' | 'major' | 'position';
  totals: SeatFigures;
  items: SeatGapRow[];
}

export interface Opening extends SeatFigures {
  positionId: string;
  title: string;
  enterpriseId: string;
  enterpriseName: string;
  industry: string;
  urgency: number;
  strongCandidates: number;
}

export interface OpeningsPage extends SeatBasis, Page<Opening> {}

export interface ProgrammeFeed {
  programmeId: string;
  affinity: number;
  major: string;
  degree: string;
  graduatesPerYear: number;
  universityId: string;
  universityName: string;
  city: string;
}

/** A benefit of a talent policy (amounts in yuan; `flats` of the 178 talent flats). */
export interface PolicyBenefit {
  kind: 'subsidy' | 'allowance' | 'researchFunding' | 'housing' | 'loan' | 'post';
  amountYuan: number | null;
  flats: number | null;
  descriptionZh: string;
  descriptionEn: string | null;
  amountIsExample: boolean;
}

/** Policies on a list row: those that apply with that position (benefits), those nearly (what is missing). */
export interface PolicyBriefs {
  applies: { policyId: string; nameZh: string; nameEn: string | null; illustrative: boolean; benefits: PolicyBenefit[] }[];
  nearly: { policyId: string; nameZh: string; nameEn: string | null; illustrative: boolean; missing: { kind: string; unknown: boolean; zh: string; en: string }[] }[];
}

export interface PolicyCostTotals {
  talentsPlaced: number;
  fundDemandedYuan: number;
  fundPendingYuan: number;
  otherIssuersYuan: number;
  loanCeilingYuan: number;
  flatsDemanded: number;
  flatsPending: number;
}

/** GET /policies/pipeline-cost. */
export interface PipelineCost extends Freshness {
  strongScore: number;
  strongTalents: number;
  referenceYear: number;
  fund: { issuer: string; yuan: number; demandedYuan: number; pendingYuan: number; remainingYuan: number; shareDemanded: number };
  flats: { available: number; demanded: number; pending: number; remaining: number };
  seats: PolicyCostTotals;
  everyStrongTalent: PolicyCostTotals;
  items: {
    policyId: string;
    nameZh: string;
    nameEn: string;
    issuer: string;
    illustrative: boolean;
    talents: number;
    pendingTalents: number;
    moneyYuan: number;
    pendingMoneyYuan: number;
    loanCeilingYuan: number;
    flats: number;
    pendingFlats: number;
    amountsAreExamples: boolean;
  }[];
}

export type PipelineStage = 'recommended' | 'contacted' | 'interview' | 'offer' | 'hired' | 'rejected';
export const PIPELINE_STAGES: PipelineStage[] = ['recommended', 'contacted', 'interview', 'offer', 'hired', 'rejected'];

/** A talent's application or invitation (GET /talents/:id/applications). */
export interface Application {
  id: string;
  positionId: string;
  talentId: string;
  source: 'applied' | 'invited' | 'matched';
  stage: PipelineStage;
  stageZh: string;
  appliedAt: string | null;
  interestNote: string | null;
  invitedAt: string | null;
  inviteNote: string | null;
  withdrawnAt: string | null;
  version: number;
  positionTitle: string;
  enterpriseName: string;
}

export interface PipelineEntry extends Omit<Application, 'positionTitle' | 'enterpriseName'> {
  history: { from: PipelineStage | null; to: PipelineStage; byRole: string; at: string }[];
  notes: { text: string; byRole: string; at: string }[];
  allowedMoves: PipelineStage[];
  score: number | null;
  name: string;
  phone: string | null;
  email: string | null;
  masked: boolean;
  consentStatus: string;
}

export interface PipelinePage {
  items: PipelineEntry[];
  total: number;
  headcount: number;
  filledCount: number;
  counts: Record<PipelineStage, number>;
}
