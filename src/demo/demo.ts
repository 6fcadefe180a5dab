import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createApp } from '../app.factory';
import { loadConfig } from '../config/app-config';
import { migrateDatabase } from '../database/migrate';
import { createRootLogger } from '../logging/logger';
import { runSeed } from '../seed/seed';
import { DEMO_USE_CASES, demoSubjects } from './demo-cases';
import { activateShippedPack, importDemoLists, writeReports } from './demo-steps';
import { resolve } from 'node:path';

interface ReviewView {
  id: string;
  status: string;
  decision: string | null;
  reevaluationPending: boolean;
  evaluation: {
    decidingRules: string[];
    missingFacts: { path: string; blocking: boolean }[];
    conditions: { ruleId: string }[];
    score: number;
  } | null;
}

const pad = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s.padEnd(n));

/**
 * `npm run demo`: migrate, seed, start the service in-process (API and worker), submit a review of every
 * seeded provider's offerings for two use cases through the REST API, wait for the worker's decisions and
 * print the decision table with the rules behind each decision.
 */
async function main(): Promise<void> {
  const config = loadConfig({
    ...process.env,
    BOOTSTRAP_ADMIN_API_KEY: process.env.BOOTSTRAP_ADMIN_API_KEY || `avr_demo_${randomUUID()}`,
  });
  await migrateDatabase(config.databaseUrl);
  const app = await createApp(config, createRootLogger(process.env.LOG_LEVEL ?? 'warn'), {
    api: true,
    worker: true,
  });
  try {
    const ds = app.get(DataSource);
    const seeded = await runSeed(ds);
    process.stdout.write(
      `Reference data: ${seeded.jurisdictions.inserted + seeded.jurisdictions.unchanged + seeded.jurisdictions.updated} jurisdictions; ` +
        `registry rows ${seeded.registry.inserted} new, ${seeded.registry.updated} updated, ${seeded.registry.unchanged} unchanged\n`,
    );
    const auth = { authorization: `Bearer ${config.bootstrapAdminApiKey}` };
    const call = async <T>(
      method: 'GET' | 'POST',
      url: string,
      body?: unknown,
      headers: Record<string, string> = {},
    ): Promise<T> => {
      const res = await app.inject({
        method,
        url,
        headers: { ...auth, ...headers, ...(body ? { 'content-type': 'application/json' } : {}) },
        payload: body ? JSON.stringify(body) : undefined,
      });
      if (res.statusCode >= 400) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
      return res.json<T>();
    };

    await activateShippedPack(app, config.bootstrapAdminApiKey!, config.policiesDir);
    await importDemoLists(app, config.bootstrapAdminApiKey!);
    // Screen every provider now, with this build's matcher, so the decisions rest on a fresh screening.
    const vendors = (await ds.query('SELECT id FROM vendors ORDER BY slug')) as { id: string }[];
    for (const v of vendors) await call('POST', `/v1/vendors/${v.id}/screening`);

    const subjects = await demoSubjects(ds);
    const submitted: { label: string; useCase: string; id: string }[] = [];
    for (const s of subjects) {
      for (const uc of DEMO_USE_CASES) {
        const body = {
          vendorId: s.vendorId,
          modelId: s.modelId,
          offeringId: s.offeringId,
          ...(s.selfHostedRegion ? { selfHostedRegion: s.selfHostedRegion } : {}),
          useCase: uc.useCase,
        };
        // A stable idempotency key: running the demo again shows the same reviews instead of duplicates.
        const review = await call<ReviewView>('POST', '/v1/reviews', body, {
          'idempotency-key': `demo:${s.offeringId}:${s.selfHostedRegion ?? ''}:${uc.key}`,
        });
        submitted.push({ label: s.label, useCase: uc.label, id: review.id });
      }
    }
    process.stdout.write(
      `Submitted ${submitted.length} reviews (${subjects.length} offerings × ${DEMO_USE_CASES.length} use cases); waiting for the worker…\n\n`,
    );

    const decided: (ReviewView & { label: string; useCase: string })[] = [];
    const deadline = Date.now() + 120_000;
    for (const s of submitted) {
      for (;;) {
        const r = await call<ReviewView>('GET', `/v1/reviews/${s.id}`);
        if (r.status === 'decided' && !r.reevaluationPending) {
          decided.push({ ...r, label: s.label, useCase: s.useCase });
          break;
        }
        if (Date.now() > deadline) throw new Error(`review ${s.id} was not decided within two minutes`);
        await new Promise((res) => setTimeout(res, 50));
      }
    }

    const header = `${pad('provider / model / offering', 58)}${pad('use case', 24)}${pad('decision', 26)}score  why`;
    process.stdout.write(`${header}\n${'-'.repeat(header.length + 30)}\n`);
    for (const r of decided) {
      const e = r.evaluation!;
      const why =
        r.decision === 'needs_information'
          ? 'missing: ' +
            e.missingFacts
              .filter((m) => m.blocking)
              .map((m) => m.path)
              .join(', ')
          : r.decision === 'approved_with_conditions'
            ? 'conditions: ' + e.conditions.map((c) => c.ruleId).join(', ')
            : e.decidingRules.join(', ');
      process.stdout.write(
        `${pad(r.label, 58)}${pad(r.useCase, 24)}${pad(r.decision ?? '-', 26)}${String(e.score).padStart(5)}  ${why}\n`,
      );
    }
    const reportsDir = resolve(process.env.DEMO_REPORTS_DIR ?? 'reports');
    const written = await writeReports(
      app,
      decided.map((r) => r.id),
      reportsDir,
    );
    process.stdout.write(`\nPDF risk reports (${written.length}) in ${reportsDir}:\n`);
    for (const w of written) process.stdout.write(`  ${w}\n`);

    const counts = decided.reduce<Record<string, number>>(
      (acc, r) => ((acc[r.decision ?? '-'] = (acc[r.decision ?? '-'] ?? 0) + 1), acc),
      {},
    );
    process.stdout.write(
      `\n${Object.entries(counts)
        .map(([d, n]) => `${d}: ${n}`)
        .join(', ')}\n`,
    );
    process.stdout.write(
      'Each decision is traceable: GET /v1/reviews/{id}/evaluations lists every rule with its outcome, evidence and sources.\n',
    );
  } finally {
    await app.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`demo failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
