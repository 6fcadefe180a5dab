import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/** One registry per process, so tests that build several apps do not register metrics twice. */
export const registry = new Registry();
collectDefaultMetrics({ register: registry });

export const httpDuration = new Histogram({
  name: 'http_request_duration_seconds',
  help: 'HTTP request duration by method, route and status',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [registry],
});

export const jobsProcessed = new Counter({
  name: 'jobs_processed_total',
  help: 'Background jobs finished, by queue, job name and outcome',
  labelNames: ['queue', 'job', 'outcome'] as const,
  registers: [registry],
});
