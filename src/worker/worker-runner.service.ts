import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { Job, Queue, UnrecoverableError, Worker } from 'bullmq';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { EvaluationService } from '../evaluation/evaluation.service';
import { HealthService } from '../health/health.service';
import { jobsProcessed } from '../metrics/metrics';
import { assertHandled, JobPayloads, QueueName, QUEUES } from '../queue/queues';
import { bullConnection } from '../queue/redis.provider';
import { ReevaluationService } from '../reviews/reevaluation.service';
import { WebhooksService } from '../webhooks/webhooks.service';
import { ListImportService } from '../screening/list-import.service';
import { VendorScreeningService } from '../screening/vendor-screening.service';
import { ReportsService } from '../reports/reports.service';
import { ListWatchService } from '../screening/list-watch.service';

type Handlers = {
  [Q in QueueName]: { [N in keyof JobPayloads[Q]]: (job: Job<JobPayloads[Q][N]>) => Promise<unknown> };
};

const SHUTDOWN_GRACE_MS = 10_000;
/** A pending run this old without a job in Redis is re-enqueued; younger ones may still be on their way. */
const RECONCILE_GRACE_SECONDS = 2;
/** A job that exhausted its attempts is retried by the reconciler after this long, so nothing stays stuck. */
const FAILED_RETRY_AFTER_MS = 5 * 60_000;

/**
 * The worker role: BullMQ workers for every queue, and the reconciler that makes Postgres, not Redis, the
 * record of pending work. Workers are built here rather than with decorators so their lock duration comes
 * from validated config and shutdown is bounded.
 */
@Injectable()
export class WorkerRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerRunner.name);
  private readonly workers: Worker[] = [];
  private timer: NodeJS.Timeout | undefined;
  private watchTimer: NodeJS.Timeout | undefined;
  private reconciling = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly evaluation: EvaluationService,
    private readonly webhooks: WebhooksService,
    private readonly reevaluation: ReevaluationService,
    private readonly health: HealthService,
    @InjectQueue('evaluation') private readonly evaluationQueue: Queue,
    @InjectQueue('webhooks') private readonly webhookQueue: Queue,
    @InjectQueue('screening') private readonly screeningQueue: Queue,
    private readonly imports: ListImportService,
    private readonly screening: VendorScreeningService,
    private readonly reports: ReportsService,
    private readonly watch: ListWatchService,
  ) {}

  private readonly handlers: Handlers = {
    evaluation: {
      'evaluate-review': (job) => this.evaluation.run(job.data.reviewId, job.data.runId),
    },
    webhooks: {
      deliver: (job) =>
        this.webhooks.deliver(job.data.deliveryId, job.attemptsMade + 1 >= (job.opts.attempts ?? 1)),
    },
    screening: {
      'import-list': (job) => this.imports.run(job.data.importId),
      'rescreen-all': () => this.screening.rescreenAll(),
      'screen-vendor': (job) => this.screening.screenAndReevaluate(job.data.vendorId),
    },
    reports: {
      'render-report': (job) => this.reports.render(job.data.evaluationId),
    },
  };

  onApplicationBootstrap(): void {
    for (const queue of QUEUES) {
      const handlers = this.handlers[queue] as Record<string, (job: Job) => Promise<unknown>>;
      assertHandled(queue, Object.keys(handlers));
      const worker = new Worker(
        queue,
        async (job: Job) => {
          const handler = handlers[job.name];
          if (!handler) throw new UnrecoverableError(`no handler for ${queue}/${job.name}`);
          try {
            const result = await handler(job);
            jobsProcessed.inc({ queue, job: job.name, outcome: 'completed' });
            return result;
          } catch (e) {
            jobsProcessed.inc({ queue, job: job.name, outcome: 'failed' });
            throw e;
          }
        },
        {
          connection: bullConnection(this.config.redisUrl),
          // Imports hold a file's entries in flight; one at a time per worker keeps memory flat.
          concurrency: queue === 'webhooks' ? 16 : queue === 'screening' ? 1 : 4,
          lockDuration: this.config.workerLockMs,
          stalledInterval: this.config.workerLockMs,
          maxStalledCount: 5,
        },
      );
      worker.on('failed', (job, err) =>
        this.logger.warn(
          `${queue}/${job?.name} ${job?.id} failed (attempt ${job?.attemptsMade}): ${err.message}`,
        ),
      );
      worker.on('error', (err) => this.logger.error(`${queue} worker: ${err.message}`));
      this.workers.push(worker);
    }
    // A worker that stopped consuming (seen after Redis reconnects) must not report ready.
    this.health.register('worker', () =>
      this.workers.every((w) => w.isRunning())
        ? Promise.resolve()
        : Promise.reject(new Error('a queue worker is not running')),
    );
    void this.reconcile();
    this.timer = setInterval(() => void this.reconcile(), this.config.reconcileIntervalSeconds * 1000);
    this.timer.unref();
    if (this.watch.enabled) {
      const scan = () =>
        void this.watch.scan().catch((e: unknown) => this.logger.warn(`list watch failed: ${String(e)}`));
      scan();
      this.watchTimer = setInterval(scan, this.config.listWatchIntervalSeconds * 1000);
      this.watchTimer.unref();
    }
    this.logger.log(`consuming ${QUEUES.join(', ')}`);
  }

  /** Re-enqueues what Postgres says is pending and Redis does not hold; schedules expired reviews. */
  async reconcile(): Promise<{ evaluations: number; deliveries: number }> {
    if (this.reconciling) return { evaluations: 0, deliveries: 0 };
    this.reconciling = true;
    try {
      let evaluations = 0;
      for (const run of await this.reevaluation.pendingRuns(RECONCILE_GRACE_SECONDS)) {
        if (await this.ensureJob(this.evaluationQueue, run.runId)) continue;
        await this.reevaluation.enqueue([run]);
        evaluations++;
      }
      let deliveries = 0;
      for (const id of await this.webhooks.pendingDeliveryIds(30)) {
        if (await this.ensureJob(this.webhookQueue, `delivery-${id}`)) continue;
        await this.webhooks.enqueue([id]);
        deliveries++;
      }
      for (const id of await this.imports.pendingImportIds(30)) {
        if (!(await this.ensureJob(this.screeningQueue, `import-${id}`))) await this.imports.enqueue(id);
      }
      // Report jobs carry a time-stamped id (a sign-off re-renders), so a pending report whose job was lost is
      // found by age: older than the longest render plus retries.
      for (const id of await this.reports.pendingEvaluationIds(300)) await this.reports.enqueue(id);
      await this.reevaluation.scheduleExpired();
      if (evaluations || deliveries)
        this.logger.log(`reconciler re-enqueued ${evaluations} evaluation(s), ${deliveries} delivery(ies)`);
      return { evaluations, deliveries };
    } catch (e) {
      this.logger.warn(`reconcile failed (will retry): ${String(e)}`);
      return { evaluations: 0, deliveries: 0 };
    } finally {
      this.reconciling = false;
    }
  }

  /** True when the job is in Redis and will run (a long-failed one is retried). */
  private async ensureJob(queue: Queue, jobId: string): Promise<boolean> {
    const job = await queue.getJob(jobId);
    if (!job) return false;
    if ((await job.getState()) === 'failed' && Date.now() - (job.finishedOn ?? 0) > FAILED_RETRY_AFTER_MS)
      await job.retry('failed');
    return true;
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    clearInterval(this.watchTimer);
    // worker.close() waits for active jobs without a limit; bound it, then force.
    const graceful = Promise.all(this.workers.map((w) => w.close()));
    const timedOut = await Promise.race([
      graceful.then(() => false),
      new Promise<boolean>((r) => setTimeout(() => r(true), SHUTDOWN_GRACE_MS).unref()),
    ]);
    if (timedOut) await Promise.all(this.workers.map((w) => w.close(true)));
  }
}
