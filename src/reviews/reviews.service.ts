import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/auth';
import { hashOf } from '../common/canonical-json';
import { DomainError, notFound } from '../common/errors';
import { toPage } from '../common/pagination';
import { JurisdictionsService } from '../jurisdictions/jurisdictions.service';
import { ModelsService } from '../models/models.service';
import { OfferingsService } from '../models/offerings.service';
import { WebhooksService } from '../webhooks/webhooks.service';
import { ReportsService } from '../reports/reports.service';
import type { CreateReviewDto } from './dto/review.dto';
import type { ReviewQuery, SignOffDto } from './dto/review-response.dto';
import { DecisionChangeEntity } from './decision-change.entity';
import { EvaluationEntity } from './evaluation.entity';
import { ReevaluationService } from './reevaluation.service';
import { ReviewEntity } from './review.entity';
import { SignOffEntity } from './sign-off.entity';

@Injectable()
export class ReviewsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly models: ModelsService,
    private readonly offerings: OfferingsService,
    private readonly jurisdictions: JurisdictionsService,
    private readonly webhooks: WebhooksService,
    private readonly reevaluation: ReevaluationService,
    private readonly audit: AuditService,
    private readonly reports: ReportsService,
  ) {}

  /** Refuses a review whose parts do not belong together, before anything is stored. */
  async checkSubject(
    dto: Pick<CreateReviewDto, 'vendorId' | 'modelId' | 'offeringId' | 'selfHostedRegion'>,
  ): Promise<void> {
    const fail = (field: string, message: string) =>
      new DomainError('validation_failed', 'Request validation failed', [{ field, messages: [message] }]);
    const model = await this.models.get(dto.modelId).catch(() => null);
    if (!model || model.vendorId !== dto.vendorId) throw fail('modelId', 'must be a model of the vendor');
    const offering = await this.offerings.get(dto.offeringId).catch(() => null);
    if (!offering || offering.modelId !== dto.modelId)
      throw fail('offeringId', 'must be an offering of the model');
    if (offering.mode === 'self_hosted' && !dto.selfHostedRegion)
      throw fail('selfHostedRegion', 'required for a self-hosted offering');
    if (offering.mode !== 'self_hosted' && dto.selfHostedRegion)
      throw fail('selfHostedRegion', 'only for self-hosted offerings');
    if (dto.selfHostedRegion)
      await this.jurisdictions.assertKnown([dto.selfHostedRegion], 'selfHostedRegion');
  }

  /**
   * Stores the review and its first pending run in one statement; the evaluation happens in the worker.
   * The same key with the same body returns the same review; with a different body it is a conflict.
   * Concurrent duplicates meet at the unique (key owner, idempotency key) constraint.
   */
  async submit(
    dto: CreateReviewDto,
    idempotencyKey: string,
    who: Principal,
  ): Promise<{ review: ReviewEntity; created: boolean }> {
    await this.checkSubject(dto);
    if (dto.callbackUrl) await this.webhooks.assertTarget(dto.callbackUrl, 'callbackUrl');
    const requestHash = hashOf(dto);
    const inserted = (await this.db.query(
      `INSERT INTO reviews (idempotency_key, request_hash, submitted_by_key_id, vendor_id, model_id, offering_id, self_hosted_region,
                            use_case, callback_url, callback_secret, status, pending_run_id, pending_trigger, pending_since)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,'submitted',gen_random_uuid(),'submitted',now())
       ON CONFLICT (submitted_by_key_id, idempotency_key) DO NOTHING
       RETURNING id, pending_run_id`,
      [
        idempotencyKey,
        requestHash,
        who.keyId,
        dto.vendorId,
        dto.modelId,
        dto.offeringId,
        dto.selfHostedRegion ?? null,
        JSON.stringify(dto.useCase),
        dto.callbackUrl ?? null,
        dto.callbackUrl ? 'whsec_' + randomBytes(24).toString('base64url') : null,
      ],
    )) as { id: string; pending_run_id: string }[];

    if (!inserted[0]) {
      const existing = await this.db
        .getRepository(ReviewEntity)
        .findOneBy({ submittedByKeyId: who.keyId, idempotencyKey });
      if (!existing)
        throw new DomainError(
          'conflict',
          'A concurrent request with this Idempotency-Key is in progress; retry',
        );
      if (existing.requestHash !== requestHash) {
        throw new DomainError('conflict', 'This Idempotency-Key was used with a different request body', {
          reviewId: existing.id,
        });
      }
      return { review: existing, created: false };
    }
    const { id, pending_run_id: runId } = inserted[0];
    await this.audit.record({
      actor: who,
      action: 'review.submitted',
      subjectType: 'review',
      subjectId: id,
      data: { vendorId: dto.vendorId, offeringId: dto.offeringId },
    });
    await this.reevaluation.enqueue([{ reviewId: id, runId }]);
    await this.db.query(
      `UPDATE reviews SET status = 'queued' WHERE id = $1 AND status = 'submitted' AND pending_run_id = $2`,
      [id, runId],
    );
    return { review: await this.getRaw(id), created: true };
  }

  /** The callback secret, shown once in the submit response. */
  async callbackSecret(id: string): Promise<string | null> {
    const rows = (await this.db.query('SELECT callback_secret FROM reviews WHERE id = $1', [id])) as {
      callback_secret: string | null;
    }[];
    return rows[0]?.callback_secret ?? null;
  }

  private async getRaw(id: string): Promise<ReviewEntity> {
    const r = await this.db.getRepository(ReviewEntity).findOneBy({ id });
    if (!r) throw notFound('Review', id);
    return r;
  }

  /** Procurement keys see only the reviews they submitted; to them others do not exist. */
  async get(id: string, who: Principal): Promise<ReviewEntity> {
    const r = await this.getRaw(id);
    if (who.role === 'procurement' && r.submittedByKeyId !== who.keyId) throw notFound('Review', id);
    return r;
  }

  async list(q: ReviewQuery, who: Principal) {
    const qb = this.db
      .getRepository(ReviewEntity)
      .createQueryBuilder('r')
      .orderBy('r.created_at', 'DESC')
      .addOrderBy('r.id', 'ASC');
    if (q.status) qb.andWhere('r.status = :status', { status: q.status });
    if (q.decision) qb.andWhere('r.decision = :decision', { decision: q.decision });
    if (q.vendorId) qb.andWhere('r.vendor_id = :vendorId', { vendorId: q.vendorId });
    if (who.role === 'procurement') qb.andWhere('r.submitted_by_key_id = :me', { me: who.keyId });
    const [rows, total] = await qb
      .skip((q.page - 1) * q.limit)
      .take(q.limit)
      .getManyAndCount();
    return toPage(rows, total, q);
  }

  async evaluations(id: string, who: Principal, page: { page: number; limit: number }) {
    await this.get(id, who);
    const [rows, total] = await this.db.getRepository(EvaluationEntity).findAndCount({
      where: { reviewId: id },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (page.page - 1) * page.limit,
      take: page.limit,
    });
    return toPage(rows, total, page);
  }

  async history(id: string, who: Principal) {
    await this.get(id, who);
    const changes = await this.db
      .getRepository(DecisionChangeEntity)
      .find({ where: { reviewId: id }, order: { createdAt: 'ASC', id: 'ASC' } });
    const signOffs = await this.db
      .getRepository(SignOffEntity)
      .find({ where: { reviewId: id }, order: { createdAt: 'ASC', id: 'ASC' } });
    return { changes, signOffs };
  }

  async currentEvaluation(review: ReviewEntity): Promise<EvaluationEntity | null> {
    return review.currentEvaluationId
      ? this.db.getRepository(EvaluationEntity).findOneBy({ id: review.currentEvaluationId })
      : null;
  }

  /**
   * Four eyes: a compliance officer who did not submit the review signs the current decision off, or
   * overrides it with a justification. Both are kept; a later decision change clears the sign-off state.
   */
  async signOff(id: string, dto: SignOffDto, who: Principal): Promise<SignOffEntity> {
    const row = await this.db.transaction(async (em) => {
      const review = await em
        .getRepository(ReviewEntity)
        .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!review) throw notFound('Review', id);
      if (review.status !== 'decided' || !review.currentEvaluationId || !review.decision) {
        throw new DomainError(
          'conflict',
          `Review ${id} has no decision to sign off yet (status ${review.status})`,
        );
      }
      if (review.submittedByKeyId === who.keyId)
        throw new DomainError('forbidden', 'The submitter of a review cannot sign it off');
      if (dto.evaluationId && dto.evaluationId !== review.currentEvaluationId) {
        throw new DomainError(
          'conflict',
          'The decision changed since you read it; review the current evaluation',
          { currentEvaluationId: review.currentEvaluationId },
        );
      }
      const decision = dto.action === 'override' ? dto.decision! : review.decision;
      const row = await em.getRepository(SignOffEntity).save(
        em.getRepository(SignOffEntity).create({
          reviewId: id,
          evaluationId: review.currentEvaluationId,
          action: dto.action,
          decision,
          justification: dto.justification,
          byKeyId: who.keyId,
          byName: who.name,
        }),
      );
      await em.query(
        `UPDATE reviews SET sign_off_state = $2, updated_at = now(), version = version + 1 WHERE id = $1`,
        [id, dto.action === 'override' ? 'overridden' : 'signed_off'],
      );
      await this.audit.record(
        {
          actor: who,
          action: `review.${dto.action}`,
          subjectType: 'review',
          subjectId: id,
          data: { decision, from: review.decision, justification: dto.justification },
        },
        em,
      );
      // The report carries the sign-off block: render it again with the sign-off.
      await this.reports.recordPending(em, review.currentEvaluationId, id);
      return row;
    });
    await this.reports.enqueue(row.evaluationId);
    return row;
  }
}
