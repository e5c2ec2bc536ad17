/** Hiring stages of one candidate for one opening, in order (未通过 ends a pipeline at any stage). */
export const PIPELINE_STAGES = ['recommended', 'contacted', 'interview', 'offer', 'hired', 'rejected'] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

export const STAGE_ZH: Record<PipelineStage, string> = {
  recommended: '推荐',
  contacted: '已联系',
  interview: '面试',
  offer: '录用',
  hired: '入职',
  rejected: '未通过',
};

export const PIPELINE_SOURCES = ['applied', 'invited', 'matched'] as const;
export type PipelineSource = (typeof PIPELINE_SOURCES)[number];

/**
 * Allowed moves. Forward one or more steps, back one step (a mistake undone), to 未通过 from anywhere, and
 * from 未通过 back to 推荐 (reconsidered). Leaving 入职 (back to 录用, or 未通过: left during probation)
 * gives the headcount back.
 */
const MOVES: Record<PipelineStage, readonly PipelineStage[]> = {
  recommended: ['contacted', 'interview', 'rejected'],
  contacted: ['recommended', 'interview', 'rejected'],
  interview: ['contacted', 'offer', 'rejected'],
  offer: ['interview', 'hired', 'rejected'],
  hired: ['offer', 'rejected'],
  rejected: ['recommended'],
};

export function canMove(from: PipelineStage, to: PipelineStage): boolean {
  return MOVES[from].includes(to);
}

export function allowedMoves(from: PipelineStage): readonly PipelineStage[] {
  return MOVES[from];
}

/** +1 when a move enters 入职, -1 when it leaves it, else 0. */
export function filledDelta(from: PipelineStage, to: PipelineStage): number {
  return (to === 'hired' ? 1 : 0) - (from === 'hired' ? 1 : 0);
}
