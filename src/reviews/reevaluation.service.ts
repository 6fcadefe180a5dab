import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import type { EvaluationTrigger } from '../queue/queues';
import { RegistryEvents } from '../vendors/registry-events';

export interface PendingRun {
  reviewId: string;
  runId: string;
}

/**
 * Schedules evaluation runs. Postgres first: the run is recorded on the review (pending_run_id), then the job
 * is enqueued with the run id as job id. If Redis is down or loses the job, the reconciler finds the pending
 * run and enqueues it again; a second enqueue of the same run is a no-op, and the evaluations table's unique
 * run id makes a job that runs twice produce one evaluation.
 */
@Injectable()
export class ReevaluationService implements OnModuleInit {
  private readonly logger = new Logger(ReevaluationService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectQueue('evaluation') private readonly queue: Queue,
    private readonly registry: RegistryEvents,
  ) {}

  onModuleInit(): void {
    this.registry.onVendorChanged((vendorId) => this.scheduleForVendor(vendorId).then(() => undefined));
  }

  /** Only the reviews that depend on this vendor's facts are re-run. */
  async scheduleForVendor(
    vendorId: string,
    trigger: EvaluationTrigger = 'vendor_changed',
  ): Promise<PendingRun[]> {
    return this.schedule(`vendor_id = $2 AND status = 'decided'`, [vendorId], trigger);
  }

  async scheduleAll(trigger: EvaluationTrigger): Promise<PendingRun[]> {
    return this.schedule(`status = 'decided'`, [], trigger);
  }

  async scheduleExpired(): Promise<PendingRun[]> {
    return this.schedule(
      `status = 'decided' AND expires_at < now() AND pending_run_id IS NULL`,
      [],
      'expired',
    );
  }

  async scheduleReview(reviewId: string, trigger: EvaluationTrigger): Promise<PendingRun[]> {
    return this.schedule(`id = $2`, [reviewId], trigger);
  }

  private async schedule(
    where: string,
    params: unknown[],
    trigger: EvaluationTrigger,
  ): Promise<PendingRun[]> {
    const rows = (await this.db.query(
      `UPDATE reviews SET pending_run_id = gen_random_uuid(), pending_trigger = $1, pending_since = now()
        WHERE ${where} RETURNING id AS "reviewId", pending_run_id AS "runId"`,
      [trigger, ...params],
    )) as [PendingRun[], number];
    const runs = rows[0];
    await this.enqueue(runs);
    if (runs.length) this.logger.log(`scheduled ${runs.length} evaluation(s) (${trigger})`);
    return runs;
  }

  /** Best effort; a failure leaves the run pending in Postgres for the reconciler. */
  async enqueue(runs: PendingRun[]): Promise<void> {
    if (runs.length === 0) return;
    try {
      await this.queue.addBulk(
        runs.map((r) => ({ name: 'evaluate-review', data: r, opts: { jobId: r.runId } })),
      );
    } catch (e) {
      this.logger.warn(`could not enqueue ${runs.length} evaluation(s); the reconciler will: ${String(e)}`);
    }
  }

  /** Runs Postgres says are pending for longer than `olderThanSeconds`. */
  async pendingRuns(olderThanSeconds: number): Promise<PendingRun[]> {
    return (await this.db.query(
      `SELECT id AS "reviewId", pending_run_id AS "runId" FROM reviews
        WHERE pending_run_id IS NOT NULL AND pending_since < now() - make_interval(secs => $1)
        ORDER BY pending_since LIMIT 1000`,
      [olderThanSeconds],
    )) as PendingRun[];
  }
}
