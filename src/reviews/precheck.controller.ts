import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Roles } from '../common/auth';
import { ErrorEnvelopeDto } from '../common/error-envelope.dto';
import { EvaluationService } from '../evaluation/evaluation.service';
import { CreateReviewDto } from './dto/review.dto';
import { PrecheckResponseDto } from './dto/review-response.dto';
import { ReviewsService } from './reviews.service';

@ApiTags('reviews')
@Controller('v1/precheck')
export class PrecheckController {
  constructor(
    private readonly evaluation: EvaluationService,
    private readonly reviews: ReviewsService,
  ) {}

  @Post()
  @HttpCode(200)
  @Roles('procurement', 'compliance_officer')
  @ApiOperation({
    summary: 'Synchronous pre-check: the same evaluation as a review, nothing stored or queued',
  })
  @ApiOkResponse({ type: PrecheckResponseDto })
  @ApiUnprocessableEntityResponse({ type: ErrorEnvelopeDto })
  async precheck(@Body() body: CreateReviewDto): Promise<PrecheckResponseDto> {
    await this.reviews.checkSubject(body);
    const { result } = await this.evaluation.precheck(body);
    const byId = new Map(result.rules.map((r) => [r.id, r]));
    return {
      decision: result.decision,
      decidingRules: result.decidingRules.map((id) => {
        const r = byId.get(id)!;
        return { id, title: r.title, effect: r.effect, outcome: r.outcome, message: r.message };
      }),
      conditions: result.conditions.map((c) => c.text),
      missingFacts: result.missingFacts.filter((m) => m.blocking).map((m) => m.path),
      score: result.score.value,
      packHash: result.pack.contentHash,
      asOf: result.asOf,
    };
  }
}
