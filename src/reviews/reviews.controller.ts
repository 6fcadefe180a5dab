import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiConflictResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentPrincipal, Principal, Roles } from '../common/auth';
import { ErrorEnvelopeDto } from '../common/error-envelope.dto';
import { DomainError } from '../common/errors';
import { IdParam } from '../common/id-param';
import { PageQuery } from '../common/pagination';
import { CreateReviewDto } from './dto/review.dto';
import {
  EvaluationDto,
  EvaluationPageDto,
  EvaluationQuery,
  ReviewDetailDto,
  ReviewDto,
  ReviewHistoryDto,
  ReviewPageDto,
  ReviewQuery,
  SignOffDto,
  SignOffResultDto,
  SubmittedReviewDto,
} from './dto/review-response.dto';
import { ReviewsService } from './reviews.service';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

@ApiTags('reviews')
@ApiUnprocessableEntityResponse({ type: ErrorEnvelopeDto, description: 'Validation failed (field details)' })
@Controller('v1/reviews')
export class ReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  @Post()
  @HttpCode(202)
  @Roles('compliance_officer', 'procurement')
  @ApiOperation({
    summary: 'Submit a review; evaluated in the background',
    description:
      'Answers 202 at once with Location. The same Idempotency-Key with the same body returns the same review; with a different body, 409.',
  })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: true,
    description: 'Client-chosen key, unique per API key (printable ASCII, ≤ 200)',
  })
  @ApiAcceptedResponse({
    type: SubmittedReviewDto,
    headers: { Location: { description: 'URL of the review', schema: { type: 'string' } } },
  })
  @ApiConflictResponse({
    type: ErrorEnvelopeDto,
    description: 'Idempotency-Key reused with a different body',
  })
  async submit(
    @Body() body: CreateReviewDto,
    @Headers('idempotency-key') key: string | undefined,
    @CurrentPrincipal() who: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SubmittedReviewDto> {
    if (!key || !IDEMPOTENCY_KEY.test(key)) {
      throw new DomainError('validation_failed', 'Request validation failed', [
        { field: 'Idempotency-Key', messages: ['header required: 1–200 printable ASCII characters'] },
      ]);
    }
    const { review, created } = await this.reviews.submit(body, key, who);
    void reply.header('location', `/v1/reviews/${review.id}`);
    return {
      ...ReviewDto.from(review),
      ...(created ? { callbackSecret: await this.reviews.callbackSecret(review.id) } : {}),
    };
  }

  @Get()
  @Roles('compliance_officer', 'legal', 'procurement')
  @ApiOperation({ summary: 'List reviews (procurement keys see their own)' })
  @ApiOkResponse({ type: ReviewPageDto })
  async list(@Query() q: ReviewQuery, @CurrentPrincipal() who: Principal): Promise<ReviewPageDto> {
    const page = await this.reviews.list(q, who);
    return { ...page, data: page.data.map((r) => ReviewDto.from(r)) };
  }

  @Get(':id')
  @Roles('compliance_officer', 'legal', 'procurement')
  @ApiOperation({ summary: 'Get a review with its status and, once decided, the decision' })
  @ApiOkResponse({ type: ReviewDetailDto })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto })
  async get(@Param() p: IdParam, @CurrentPrincipal() who: Principal): Promise<ReviewDetailDto> {
    const review = await this.reviews.get(p.id, who);
    const evaluation = await this.reviews.currentEvaluation(review);
    const r = evaluation?.result as
      | { decidingRules: string[]; conditions: unknown[]; missingFacts: unknown[]; score: { value: number } }
      | undefined;
    return {
      ...ReviewDto.from(review),
      evaluation:
        evaluation && r
          ? {
              id: evaluation.id,
              decision: evaluation.decision,
              decidingRules: r.decidingRules,
              conditions: r.conditions,
              missingFacts: r.missingFacts,
              score: r.score.value,
              packHash: evaluation.packHash,
              createdAt: evaluation.createdAt.toISOString(),
            }
          : null,
    };
  }

  @Get(':id/evaluations')
  @Roles('compliance_officer', 'legal', 'procurement')
  @ApiOperation({ summary: 'The review’s evaluations, newest first (immutable)' })
  @ApiOkResponse({ type: EvaluationPageDto })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto })
  async evaluations(
    @Param() p: IdParam,
    @Query() q: EvaluationQuery,
    @CurrentPrincipal() who: Principal,
  ): Promise<EvaluationPageDto> {
    const page = await this.reviews.evaluations(p.id, who, q as PageQuery);
    return { ...page, data: page.data.map((e) => EvaluationDto.from(e, q.include === 'snapshot')) };
  }

  @Get(':id/history')
  @Roles('compliance_officer', 'legal', 'procurement')
  @ApiOperation({ summary: 'Decision changes and sign-offs of a review' })
  @ApiOkResponse({ type: ReviewHistoryDto })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto })
  async history(@Param() p: IdParam, @CurrentPrincipal() who: Principal): Promise<ReviewHistoryDto> {
    const h = await this.reviews.history(p.id, who);
    return {
      changes: h.changes.map((c) => ({
        evaluationId: c.evaluationId,
        fromDecision: c.fromDecision,
        toDecision: c.toDecision,
        trigger: c.trigger,
        createdAt: c.createdAt.toISOString(),
      })),
      signOffs: h.signOffs.map((s) => ({ ...s, createdAt: s.createdAt.toISOString() })),
    };
  }

  @Post(':id/sign-off')
  @HttpCode(201)
  @Roles('compliance_officer')
  @ApiOperation({ summary: 'Sign off or override the current decision (not by the submitter)' })
  @ApiOkResponse({ type: SignOffResultDto })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto })
  @ApiConflictResponse({ type: ErrorEnvelopeDto, description: 'Not decided yet, or the decision moved on' })
  async signOff(
    @Param() p: IdParam,
    @Body() body: SignOffDto,
    @CurrentPrincipal() who: Principal,
  ): Promise<SignOffResultDto> {
    const s = await this.reviews.signOff(p.id, body, who);
    return {
      id: s.id,
      evaluationId: s.evaluationId,
      action: s.action,
      decision: s.decision,
      justification: s.justification,
      byName: s.byName,
      createdAt: s.createdAt.toISOString(),
    };
  }
}
