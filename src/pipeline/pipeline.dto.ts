import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { OptionalText } from '../common/validation/text.decorators';
import { VersionedUpdateDto } from '../common/validation/version.dto';
import { PageQueryDto } from '../common/pagination/page-query.dto';
import { PIPELINE_STAGES, PipelineStage } from './stages';

export class ApplyDto {
  @ApiProperty({ description: 'An open position (usually one of your recommendations)' })
  @IsUUID()
  positionId: string;

  @OptionalText(1000, '有三年萃取车间经验，可随时到岗')
  note?: string | null;
}

export class InviteDto {
  @ApiProperty({ description: 'A candidate of this opening' })
  @IsUUID()
  talentId: string;

  @OptionalText(1000, '欢迎来公司面试')
  note?: string | null;
}

export const PIPELINE_SORTS = ['updated', 'stage', 'applied'] as const;
export type PipelineSort = (typeof PIPELINE_SORTS)[number];

export class PipelineQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: PIPELINE_STAGES })
  @IsOptional()
  @IsIn(PIPELINE_STAGES)
  stage?: PipelineStage;

  @ApiPropertyOptional({ enum: PIPELINE_SORTS, default: 'updated', description: 'updated: last change first; stage: furthest stage first; applied: latest interest first' })
  @IsOptional()
  @IsIn(PIPELINE_SORTS)
  sort?: PipelineSort;
}

/** Move a stage, add a note, or both. */
export class MovePipelineDto extends VersionedUpdateDto {
  @ApiPropertyOptional({ enum: PIPELINE_STAGES })
  @IsOptional()
  @IsIn(PIPELINE_STAGES)
  stage?: PipelineStage;

  @OptionalText(2000, '面试表现良好，待二面')
  note?: string | null;
}
