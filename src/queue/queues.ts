/**
 * Every queue, job name and payload in one place. Producers and processors import from here, and the worker
 * refuses to start if a job has no handler (see `assertHandled`).
 *
 * Redis holds only these jobs. What must happen is recorded in Postgres first (a review's pending run, a
 * pending webhook delivery), so a lost job is re-enqueued by the reconciler, never lost.
 */
export const QUEUES = ['evaluation', 'webhooks', 'screening', 'reports'] as const;
export type QueueName = (typeof QUEUES)[number];

export const EVALUATION_TRIGGERS = [
  'submitted',
  'vendor_changed',
  'pack_activated',
  'residency_changed',
  'screening_changed',
  'expired',
  'manual',
] as const;
export type EvaluationTrigger = (typeof EVALUATION_TRIGGERS)[number];

export interface JobPayloads {
  evaluation: {
    /** Evaluate one review against the active policy pack; the job id is the run id. */
    'evaluate-review': { reviewId: string; runId: string };
  };
  webhooks: {
    /** Deliver one stored webhook delivery, signed; retried with backoff. The job id is the delivery id. */
    deliver: { deliveryId: string };
  };
  screening: {
    /** Parse an uploaded list set into a new list version (job id: import id). */
    'import-list': { importId: string };
    /** Re-screen every vendor after a list changed; re-evaluate reviews whose screening result changed. */
    'rescreen-all': { reason: string };
    /** Re-screen one vendor (its names changed). */
    'screen-vendor': { vendorId: string };
  };
  reports: {
    /** Render the PDF and JSON twin of one evaluation (again after a sign-off). */
    'render-report': { evaluationId: string };
  };
}

export type JobName<Q extends QueueName> = keyof JobPayloads[Q] & string;

export const JOB_NAMES: { [Q in QueueName]: JobName<Q>[] } = {
  evaluation: ['evaluate-review'],
  webhooks: ['deliver'],
  screening: ['import-list', 'rescreen-all', 'screen-vendor'],
  reports: ['render-report'],
};

/** Fails at start when a processor forgot a job of its queue. */
export function assertHandled<Q extends QueueName>(queue: Q, handled: readonly string[]): void {
  const missing = JOB_NAMES[queue].filter((n) => !handled.includes(n));
  if (missing.length) throw new Error(`Queue ${queue} has jobs without a handler: ${missing.join(', ')}`);
}
