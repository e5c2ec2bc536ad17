import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

export const DECISION_INPUTS = ['shortlisted', 'rejected', 'none'] as const;

export class CandidateDecisionDto {
  @ApiProperty({ enum: DECISION_INPUTS, description: 'none clears the mark' })
  @IsIn(DECISION_INPUTS)
  decision: (typeof DECISION_INPUTS)[number];
}
