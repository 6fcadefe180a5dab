import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { PageMetaDto, PageQuery } from '../../common/pagination';
import { DECISIONS, Decision, REVIEW_STATUSES, ReviewStatus } from '../review.entity';
import type { EvaluationEntity } from '../evaluation.entity';
import type { ReviewEntity } from '../review.entity';
import { UseCaseDto } from './review.dto';

export class ReviewQuery extends PageQuery {
  @ApiPropertyOptional({ enum: REVIEW_STATUSES }) @IsOptional() @IsIn(REVIEW_STATUSES) status?: ReviewStatus;
  @ApiPropertyOptional({ enum: DECISIONS }) @IsOptional() @IsIn(DECISIONS) decision?: Decision;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all') vendorId?: string;
}

export class SignOffDto {
  @ApiProperty({ enum: ['sign_off', 'override'] }) @IsIn(['sign_off', 'override']) action!:
    'sign_off' | 'override';
  @ApiPropertyOptional({
    enum: DECISIONS,
    description: 'Required for override: the decision that replaces the evaluated one',
  })
  @ValidateIf((o: SignOffDto) => o.action === 'override')
  @IsIn(DECISIONS)
  decision?: Decision;
  @ApiProperty({
    minLength: 10,
    maxLength: 5000,
    description: 'Why: kept with the decision and in the report',
  })
  @IsString()
  @MinLength(10)
  @MaxLength(5000)
  justification!: string;
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The evaluation you reviewed; refused with 409 if the decision has moved on',
  })
  @IsOptional()
  @IsUUID('all')
  evaluationId?: string;
}

export class SignOffResultDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) evaluationId!: string;
  @ApiProperty({ enum: ['sign_off', 'override'] }) action!: string;
  @ApiProperty({ enum: DECISIONS }) decision!: string;
  @ApiProperty() justification!: string;
  @ApiProperty() byName!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class ReviewDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: REVIEW_STATUSES }) status!: ReviewStatus;
  @ApiPropertyOptional({ enum: DECISIONS, nullable: true, type: String }) decision!: Decision | null;
  @ApiPropertyOptional({ enum: ['signed_off', 'overridden'], nullable: true, type: String }) signOffState!:
    string | null;
  @ApiProperty({ description: 'A newer evaluation is pending (re-evaluation after a change)' })
  reevaluationPending!: boolean;
  @ApiProperty({ format: 'uuid' }) vendorId!: string;
  @ApiProperty({ format: 'uuid' }) modelId!: string;
  @ApiProperty({ format: 'uuid' }) offeringId!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) selfHostedRegion!: string | null;
  @ApiProperty({ type: UseCaseDto }) useCase!: UseCaseDto;
  @ApiPropertyOptional({ type: String, nullable: true }) callbackUrl!: string | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) currentEvaluationId!: string | null;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) expiresAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;

  static from(r: ReviewEntity): ReviewDto {
    return {
      id: r.id,
      status: r.status,
      decision: r.decision,
      signOffState: r.signOffState,
      reevaluationPending: r.status === 'decided' && r.pendingRunId !== null,
      vendorId: r.vendorId,
      modelId: r.modelId,
      offeringId: r.offeringId,
      selfHostedRegion: r.selfHostedRegion,
      useCase: r.useCase,
      callbackUrl: r.callbackUrl,
      currentEvaluationId: r.currentEvaluationId,
      expiresAt: r.expiresAt?.toISOString() ?? null,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    };
  }
}

export class ReviewDetailDto extends ReviewDto {
  @ApiPropertyOptional({
    description: 'The current evaluation: decision, deciding rules, conditions, missing facts, score',
    type: 'object',
    additionalProperties: true,
    nullable: true,
  })
  evaluation!: Record<string, unknown> | null;
}

export class SubmittedReviewDto extends ReviewDto {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Signing secret of callbackUrl deliveries; shown only when the review is created',
  })
  callbackSecret?: string | null;
}

export class ReviewPageDto extends PageMetaDto {
  @ApiProperty({ type: [ReviewDto] }) data!: ReviewDto[];
}

export class EvaluationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) reviewId!: string;
  @ApiProperty() trigger!: string;
  @ApiProperty({ description: 'SHA-256 of the policy pack' }) packHash!: string;
  @ApiProperty({ description: 'SHA-256 of the input snapshot' }) snapshotHash!: string;
  @ApiProperty({ enum: DECISIONS }) decision!: string;
  @ApiProperty() score!: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'Per-rule outcomes with evidence, conditions, missing facts, score arithmetic',
  })
  result!: Record<string, unknown>;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'The input snapshot (with ?include=snapshot)',
  })
  snapshot?: Record<string, unknown>;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;

  static from(e: EvaluationEntity, withSnapshot = false): EvaluationDto {
    return {
      id: e.id,
      reviewId: e.reviewId,
      trigger: e.trigger,
      packHash: e.packHash,
      snapshotHash: e.snapshotHash,
      decision: e.decision,
      score: e.score,
      result: e.result,
      ...(withSnapshot ? { snapshot: e.snapshot } : {}),
      createdAt: e.createdAt.toISOString(),
    };
  }
}

export class EvaluationPageDto extends PageMetaDto {
  @ApiProperty({ type: [EvaluationDto] }) data!: EvaluationDto[];
}

export class EvaluationQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['snapshot'] }) @IsOptional() @IsIn(['snapshot']) include?: 'snapshot';
}

export class DecisionChangeDto {
  @ApiProperty({ format: 'uuid' }) evaluationId!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) fromDecision!: string | null;
  @ApiProperty() toDecision!: string;
  @ApiProperty() trigger!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class ReviewHistoryDto {
  @ApiProperty({ type: [DecisionChangeDto] }) changes!: DecisionChangeDto[];
  @ApiProperty({ type: [SignOffResultDto] }) signOffs!: SignOffResultDto[];
}

export class RuleVerdictDto {
  @ApiProperty() id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() effect!: string;
  @ApiProperty({ enum: ['pass', 'fail', 'not_applicable', 'unknown'] }) outcome!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) message!: string | null;
}

export class PrecheckResponseDto {
  @ApiProperty({ enum: DECISIONS }) decision!: string;
  @ApiProperty({ type: [RuleVerdictDto], description: 'The rules that decided' })
  decidingRules!: RuleVerdictDto[];
  @ApiProperty({ type: [String] }) conditions!: string[];
  @ApiProperty({ type: [String], description: 'Facts whose absence blocks a decision' })
  missingFacts!: string[];
  @ApiProperty() score!: number;
  @ApiProperty() packHash!: string;
  @ApiProperty({ format: 'date' }) asOf!: string;
}
