import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { canonicalJson, hashOf } from '../common/canonical-json';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { evaluatePack } from '../policies/engine/evaluate';
import type { CompiledPack } from '../policies/engine/pack-types';
import type { EvaluationResult } from '../policies/engine/result-types';
import { PoliciesService } from '../policies/policies.service';
import { EvaluationEntity } from '../reviews/evaluation.entity';
import { ReviewEntity } from '../reviews/review.entity';
import { WebhooksService } from '../webhooks/webhooks.service';
import { ReportsService } from '../reports/reports.service';
import { ContextBuilder, provenanceFor, ReviewSubject, Snapshot } from './context-builder.service';

export interface StoredResult extends EvaluationResult {
  /** Per rule: the facts it read, with the provenance of each. */
  evidence: Record<string, { path: string; provenance: unknown }[]>;
}

/** Pure: the same snapshot and pack always give the same stored result, byte for byte. */
export function evaluateSnapshot(pack: CompiledPack, snapshot: Snapshot): StoredResult {
  const result = evaluatePack(pack, snapshot.context);
  const evidence: StoredResult['evidence'] = {};
  for (const r of result.rules) {
    if (r.factsRead.length)
      evidence[r.id] = r.factsRead.map((path) => ({
        path,
        provenance: provenanceFor(snapshot.provenance, path),
      }));
  }
  return { ...result, evidence };
}

@Injectable()
export class EvaluationService {
  private readonly logger = new Logger(EvaluationService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly contexts: ContextBuilder,
    private readonly policies: PoliciesService,
    private readonly webhooks: WebhooksService,
    private readonly audit: AuditService,
    private readonly reports: ReportsService,
  ) {}

  /** Synchronous pre-check: the same evaluation, nothing stored. */
  async precheck(subject: ReviewSubject) {
    const [pack, snapshot] = await Promise.all([
      this.policies.active(),
      this.contexts.build(subject, new Date()),
    ]);
    return { snapshot, result: evaluateSnapshot(pack, snapshot) };
  }

  /**
   * Runs one evaluation of a review. Idempotent: a run that already produced an evaluation, or that was
   * superseded by a newer run, does nothing; the unique run id keeps a concurrent duplicate from storing twice.
   */
  async run(reviewId: string, runId: string): Promise<'evaluated' | 'duplicate' | 'superseded'> {
    const reviews = this.db.getRepository(ReviewEntity);
    const review = await reviews.findOneBy({ id: reviewId });
    if (!review) return 'superseded';
    if (await this.db.getRepository(EvaluationEntity).existsBy({ runId })) return 'duplicate';
    if (review.pendingRunId !== runId) return 'superseded';

    await reviews.update(
      { id: reviewId, pendingRunId: runId, status: In(['submitted', 'queued']) },
      { status: 'evaluating' },
    );

    const pack = await this.policies.active();
    const snapshot = await this.contexts.build(review, new Date());
    const result = evaluateSnapshot(pack, snapshot);
    const stored = {
      ...snapshot,
      pack: { id: pack.id, version: pack.version, contentHash: pack.contentHash },
    };

    const deliveries: string[] = [];
    let reportFor: string | null = null;
    const outcome = await this.db.transaction(async (em) => {
      const current = await em
        .getRepository(ReviewEntity)
        .findOne({ where: { id: reviewId }, lock: { mode: 'pessimistic_write' } });
      if (!current || current.pendingRunId !== runId) return 'superseded' as const;
      const inserted = (await em.query(
        `INSERT INTO evaluations (review_id, run_id, trigger, pack_hash, snapshot, snapshot_hash, result, decision, score)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9) ON CONFLICT (run_id) DO NOTHING RETURNING id`,
        [
          reviewId,
          runId,
          current.pendingTrigger ?? 'submitted',
          pack.contentHash,
          canonicalJson(stored),
          hashOf(stored),
          canonicalJson(result),
          result.decision,
          result.score.value,
        ],
      )) as { id: string }[];
      const evaluationId = inserted[0]?.id;
      if (!evaluationId) return 'duplicate' as const;

      await this.reports.recordPending(em, evaluationId, reviewId);
      reportFor = evaluationId;
      const from = current.decision;
      const expiresAt = new Date(Date.now() + this.config.reviewExpiryDays * 86_400_000);
      await em.query(
        `UPDATE reviews SET status = 'decided', decision = $2::varchar, current_evaluation_id = $3, pending_run_id = NULL, pending_trigger = NULL,
                pending_since = NULL, expires_at = $4, updated_at = now(), version = version + 1,
                sign_off_state = CASE WHEN decision IS DISTINCT FROM $2::varchar THEN NULL ELSE sign_off_state END
          WHERE id = $1`,
        [reviewId, result.decision, evaluationId, expiresAt],
      );
      if (from !== result.decision) {
        const trigger = current.pendingTrigger ?? 'submitted';
        await em.query(
          `INSERT INTO decision_changes (review_id, evaluation_id, from_decision, to_decision, trigger) VALUES ($1,$2,$3,$4,$5)`,
          [reviewId, evaluationId, from, result.decision, trigger],
        );
        const payload = {
          reviewId,
          evaluationId,
          vendor: snapshot.subject.vendor,
          model: snapshot.subject.model,
          offering: snapshot.subject.offering,
          from,
          to: result.decision,
          trigger,
          score: result.score.value,
          decidingRules: result.decidingRules,
          packHash: pack.contentHash,
        };
        const callbackSecret = current.callbackUrl
          ? (
              (await em.query('SELECT callback_secret FROM reviews WHERE id = $1', [reviewId])) as {
                callback_secret: string;
              }[]
            )[0]!.callback_secret
          : null;
        deliveries.push(
          ...(await this.webhooks.recordDeliveries(
            em,
            'review.decision_changed',
            `decision:${evaluationId}`,
            reviewId,
            payload,
            current.callbackUrl && callbackSecret
              ? [{ url: current.callbackUrl, secret: callbackSecret, subscriptionId: null }]
              : [],
          )),
        );
        await this.audit.record(
          {
            actor: { name: 'system' },
            action: 'review.decision_changed',
            subjectType: 'review',
            subjectId: reviewId,
            data: { from, to: result.decision, trigger, evaluationId },
          },
          em,
        );
      }
      return 'evaluated' as const;
    });
    await this.webhooks.enqueue(deliveries);
    if (reportFor) await this.reports.enqueue(reportFor);
    if (outcome === 'evaluated')
      this.logger.log(`review ${reviewId}: ${result.decision} (score ${result.score.value})`);
    return outcome;
  }
}
