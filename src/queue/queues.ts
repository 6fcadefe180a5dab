/**
 * Every queue, job name and payload in one place. Producers and processors import from here, and the worker
 * refuses to start if a job has no handler (see `assertHandled`).
 */
export const QUEUES = ['evaluation', 'maintenance', 'webhooks'] as const;
export type QueueName = (typeof QUEUES)[number];

export interface JobPayloads {
  evaluation: {
    /** Evaluate one review against the active policy pack and store the evaluation. */
    'evaluate-review': { reviewId: string; runId: string; trigger: EvaluationTrigger };
  };
  maintenance: {
    /** Re-enqueue every review Postgres says is pending (Redis may have lost it). */
    reconcile: Record<string, never>;
    /** Re-run the reviews affected by a change of this vendor's facts. */
    'vendor-changed': { vendorId: string; changedAt: string };
    /** Re-run every decided review against a newly activated pack. */
    'pack-activated': { packHash: string };
    /** Move expired reviews to re-review. */
    'expire-reviews': Record<string, never>;
  };
  webhooks: {
    /** Deliver one stored webhook delivery (signed), retried with backoff. */
    deliver: { deliveryId: string };
  };
}

export type EvaluationTrigger = 'submitted' | 'vendor_changed' | 'pack_activated' | 'expired' | 'reconciled';
export type JobName<Q extends QueueName> = keyof JobPayloads[Q] & string;
export type JobPayload<Q extends QueueName, N extends JobName<Q>> = JobPayloads[Q][N];

export const JOB_NAMES: { [Q in QueueName]: JobName<Q>[] } = {
  evaluation: ['evaluate-review'],
  maintenance: ['reconcile', 'vendor-changed', 'pack-activated', 'expire-reviews'],
  webhooks: ['deliver'],
};

/** Fails at start when a processor forgot a job of its queue. */
export function assertHandled<Q extends QueueName>(queue: Q, handled: readonly string[]): void {
  const missing = JOB_NAMES[queue].filter((n) => !handled.includes(n));
  if (missing.length) throw new Error(`Queue ${queue} has jobs without a handler: ${missing.join(', ')}`);
}
