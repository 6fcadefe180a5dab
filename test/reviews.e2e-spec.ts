import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { canonicalJson } from '../src/common/canonical-json';
import { evaluateSnapshot } from '../src/evaluation/evaluation.service';
import type { Snapshot } from '../src/evaluation/context-builder.service';
import { PoliciesService } from '../src/policies/policies.service';
import { WorkerRunner } from '../src/worker/worker-runner.service';
import { verifySignature } from '../src/webhooks/webhook-signature';
import { startTestApp, TestApp } from './e2e-app';
import {
  codeAssistant,
  customerSupport,
  seededOffering,
  waitForDecision,
  waitUntil,
  webhookReceiver,
} from './fixtures';

interface Review {
  id: string;
  status: string;
  decision: string | null;
  callbackSecret?: string;
  evaluation: {
    id: string;
    decision: string;
    decidingRules: string[];
    missingFacts: { path: string }[];
  } | null;
}

describe('reviews (API and worker in one process, real Postgres and Redis)', () => {
  let t: TestApp;
  let officer: string;
  let officer2: string;
  let procurement: string;
  beforeAll(async () => {
    t = await startTestApp({ WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' }, { api: true, worker: true });
    officer = await t.keyFor('compliance_officer');
    procurement = await t.keyFor('procurement');
    officer2 = (
      (
        await t.call('POST', '/v1/api-keys', { body: { name: 'second officer', role: 'compliance_officer' } })
      ).json() as { key: string }
    ).key;
  });
  afterAll(async () => t.close());

  const submit = (body: unknown, key: string = randomUUID(), as = officer) =>
    t.call('POST', '/v1/reviews', { key: as, body, headers: { 'idempotency-key': key } });

  it('answers 202 with Location at once and decides in the background: Z.ai’s API is rejected for the Entity List', async () => {
    const subject = await seededOffering(t, 'zhipu', 'vendor_api');
    const res = await submit({ ...subject, useCase: codeAssistant });
    expect(res.statusCode).toBe(202);
    const review = res.json() as Review;
    expect(res.headers.location).toBe(`/v1/reviews/${review.id}`);
    expect(['submitted', 'queued', 'evaluating']).toContain(review.status);
    const decided = (await waitForDecision(t, review.id)) as unknown as Review;
    expect(decided.decision).toBe('rejected');
    expect(decided.evaluation!.decidingRules.join(' ')).toMatch(/export-control|entity-list|listed/);
  });

  it('keeps DeepSeek’s hosted API from approval for EU personal data', async () => {
    const subject = await seededOffering(t, 'deepseek', 'vendor_api');
    const review = (await submit({ ...subject, useCase: customerSupport })).json() as Review;
    const decided = (await waitForDecision(t, review.id)) as unknown as Review;
    expect(['rejected', 'needs_information']).toContain(decided.decision);
  });

  it('returns the same review for the same key and body, 409 for another body, one row for concurrent duplicates', async () => {
    const subject = await seededOffering(t, 'openai', 'vendor_api');
    const key = `idem-${randomUUID()}`;
    const body = { ...subject, useCase: codeAssistant };
    const results = await Promise.all(Array.from({ length: 8 }, () => submit(body, key)));
    expect(results.every((r) => r.statusCode === 202)).toBe(true);
    const ids = new Set(results.map((r) => (r.json() as Review).id));
    expect(ids.size).toBe(1);
    const again = await submit(body, key);
    expect((again.json() as Review).id).toBe([...ids][0]);
    const other = await submit({ ...body, useCase: { ...codeAssistant, criticality: 'critical' } }, key);
    expect(other.statusCode).toBe(409);
    const rows = (await t.app
      .get(DataSource)
      .query('SELECT count(*)::int AS n FROM reviews WHERE idempotency_key = $1', [key])) as { n: number }[];
    expect(rows[0]!.n).toBe(1);
    expect((await submit(body, '')).statusCode).toBe(422);
  });

  it('refuses reviews whose parts do not belong together, before storing anything', async () => {
    const a = await seededOffering(t, 'openai', 'vendor_api');
    const b = await seededOffering(t, 'anthropic', 'vendor_api');
    const res = await submit({
      vendorId: a.vendorId,
      modelId: b.modelId,
      offeringId: b.offeringId,
      useCase: codeAssistant,
    });
    expect(res.statusCode).toBe(422);
    const selfHosted = await seededOffering(t, 'deepseek', 'self_hosted');
    const noRegion = await submit({ ...selfHosted, useCase: codeAssistant });
    expect(noRegion.statusCode).toBe(422);
    expect((noRegion.json() as { error: { details: { field: string }[] } }).error.details[0]!.field).toBe(
      'selfHostedRegion',
    );
  });

  it('does not reject a self-hosted open-weights model in the EU on residency', async () => {
    const subject = await seededOffering(t, 'deepseek', 'self_hosted');
    const review = (
      await submit({ ...subject, selfHostedRegion: 'DE', useCase: customerSupport })
    ).json() as Review;
    const decided = (await waitForDecision(t, review.id)) as unknown as Review;
    const evals = (await t.call('GET', `/v1/reviews/${review.id}/evaluations`, { key: officer })).json() as {
      data: { result: { rules: { id: string; category: string; outcome: string }[] } }[];
    };
    const residencyFails = evals.data[0]!.result.rules.filter(
      (r) => r.category === 'data-residency' && r.outcome === 'fail',
    );
    expect(residencyFails).toEqual([]);
    expect(decided.decision).not.toBe('rejected');
  });

  it('lists with filters and a total that counts the filtered set; procurement sees only its own', async () => {
    const subject = await seededOffering(t, 'anthropic', 'vendor_api');
    const mine = (
      await submit({ ...subject, useCase: codeAssistant }, randomUUID(), procurement)
    ).json() as Review;
    await waitForDecision(t, mine.id);
    const decided = (
      await t.call('GET', '/v1/reviews?status=decided&limit=100', { key: officer })
    ).json() as { data: Review[]; total: number };
    expect(decided.data.every((r) => r.status === 'decided')).toBe(true);
    expect(decided.total).toBe(decided.data.length);
    const own = (await t.call('GET', '/v1/reviews?limit=100', { key: procurement })).json() as {
      data: Review[];
      total: number;
    };
    expect(own.data.map((r) => r.id)).toEqual([mine.id]);
    const others = (await t.call('GET', '/v1/reviews?limit=1', { key: officer })).json() as {
      data: Review[];
    };
    const foreign = others.data.find((r) => r.id !== mine.id);
    if (foreign)
      expect((await t.call('GET', `/v1/reviews/${foreign.id}`, { key: procurement })).statusCode).toBe(404);
  });

  it('signs off only by another compliance officer; an override needs a decision and a justification', async () => {
    const subject = await seededOffering(t, 'google', 'vendor_api');
    const review = (await submit({ ...subject, useCase: codeAssistant })).json() as Review;
    await waitForDecision(t, review.id);
    const self = await t.call('POST', `/v1/reviews/${review.id}/sign-off`, {
      key: officer,
      body: { action: 'sign_off', justification: 'Looks right to me.' },
    });
    expect(self.statusCode).toBe(403);
    const noDecision = await t.call('POST', `/v1/reviews/${review.id}/sign-off`, {
      key: officer2,
      body: { action: 'override', justification: 'Business need accepted by the CISO.' },
    });
    expect(noDecision.statusCode).toBe(422);
    const ok = await t.call('POST', `/v1/reviews/${review.id}/sign-off`, {
      key: officer2,
      body: {
        action: 'override',
        decision: 'rejected',
        justification: 'Board policy: no new AI vendors this quarter.',
      },
    });
    expect(ok.statusCode).toBe(201);
    const after = (await t.call('GET', `/v1/reviews/${review.id}`, { key: officer })).json() as {
      signOffState: string;
    };
    expect(after.signOffState).toBe('overridden');
    const history = (await t.call('GET', `/v1/reviews/${review.id}/history`, { key: officer })).json() as {
      changes: unknown[];
      signOffs: { action: string }[];
    };
    expect(history.changes.length).toBeGreaterThanOrEqual(1);
    expect(history.signOffs.map((s) => s.action)).toEqual(['override']);
  });

  it('re-evaluates only affected reviews when a vendor fact changes, records the change and delivers a signed webhook', async () => {
    const receiver = await webhookReceiver();
    try {
      const sub = await t.call('POST', '/v1/webhooks', { key: officer, body: { url: receiver.url } });
      expect(sub.statusCode).toBe(201);
      const secret = (sub.json() as { secret: string }).secret;

      const vendor = (
        await t.call('POST', '/v1/vendors', {
          key: officer,
          body: { name: `Mutable AI ${randomUUID().slice(0, 6)}`, hqCountry: 'US' },
        })
      ).json() as { id: string; version: number };
      const model = (
        await t.call('POST', `/v1/vendors/${vendor.id}/models`, { key: officer, body: { name: 'M-1' } })
      ).json() as { id: string };
      const offering = (
        await t.call('POST', `/v1/models/${model.id}/offerings`, {
          key: officer,
          body: {
            name: 'M-1 API',
            mode: 'vendor_api',
            storageRegions: { value: ['US'], status: 'unverified' },
            inferenceRegions: { value: ['US'], status: 'unverified' },
          },
        })
      ).json() as { id: string };
      const other = await seededOffering(t, 'openai', 'vendor_api');
      const bystander = (await submit({ ...other, useCase: codeAssistant })).json() as Review;
      await waitForDecision(t, bystander.id);

      const res = await submit({
        vendorId: vendor.id,
        modelId: model.id,
        offeringId: offering.id,
        useCase: codeAssistant,
        callbackUrl: receiver.url,
      });
      const review = res.json() as Review;
      expect(review.callbackSecret).toMatch(/^whsec_/);
      const first = (await waitForDecision(t, review.id)) as unknown as Review;

      // The vendor turns out to be on the Entity List: the decision must change to rejected.
      const patched = await t.call('PATCH', `/v1/vendors/${vendor.id}`, {
        key: officer,
        body: {
          version: vendor.version,
          designations: [
            {
              list: 'BIS Entity List',
              entityName: 'Mutable AI',
              citation: '90 FR 0000',
              status: 'unverified',
            },
          ],
        },
      });
      expect(patched.statusCode).toBe(200);
      await waitUntil(async () => {
        const r = (await t.call('GET', `/v1/reviews/${review.id}`, { key: officer })).json() as Review & {
          reevaluationPending: boolean;
        };
        return r.decision === 'rejected' && !r.reevaluationPending;
      });
      const evals = (
        await t.call('GET', `/v1/reviews/${review.id}/evaluations`, { key: officer })
      ).json() as { total: number; data: { trigger: string }[] };
      expect(evals.total).toBe(2);
      expect(evals.data[0]!.trigger).toBe('vendor_changed');
      const bystanderEvals = (
        await t.call('GET', `/v1/reviews/${bystander.id}/evaluations`, { key: officer })
      ).json() as { total: number };
      expect(bystanderEvals.total).toBe(1);

      const history = (await t.call('GET', `/v1/reviews/${review.id}/history`, { key: officer })).json() as {
        changes: { fromDecision: string | null; toDecision: string }[];
      };
      expect(history.changes.at(-1)).toMatchObject({ fromDecision: first.decision, toDecision: 'rejected' });

      await waitUntil(
        () => receiver.received.filter((r) => JSON.parse(r.body).data.reviewId === review.id).length >= 4,
      );
      const forReview = receiver.received.filter(
        (r) => (JSON.parse(r.body) as { data: { reviewId: string } }).data.reviewId === review.id,
      );
      const change = forReview.filter(
        (r) => (JSON.parse(r.body) as { data: { to: string } }).data.to === 'rejected',
      );
      expect(change).toHaveLength(2); // the subscription and the review's callbackUrl
      const signedWith = change.map((r) => {
        const ts = Number(r.headers['x-avr-timestamp']);
        const sig = String(r.headers['x-avr-signature']);
        expect(verifySignature('wrong-secret', ts, r.body, sig)).toBe(false);
        return verifySignature(secret, ts, r.body, sig)
          ? 'subscription'
          : verifySignature(review.callbackSecret!, ts, r.body, sig)
            ? 'callback'
            : 'invalid';
      });
      expect(signedWith.sort()).toEqual(['callback', 'subscription']);
      await t.call('DELETE', `/v1/webhooks/${(sub.json() as { id: string }).id}`, { key: officer });
    } finally {
      receiver.server.close();
    }
  });

  it('stores evaluations that re-run from their snapshot to the identical result', async () => {
    const subject = await seededOffering(t, 'alibaba', 'vendor_api');
    const review = (await submit({ ...subject, useCase: customerSupport })).json() as Review;
    await waitForDecision(t, review.id);
    const page = (
      await t.call('GET', `/v1/reviews/${review.id}/evaluations?include=snapshot`, { key: officer })
    ).json() as {
      data: { result: unknown; snapshot: Snapshot & { pack: { contentHash: string } } }[];
    };
    const stored = page.data[0]!;
    const pack = await t.app.get(PoliciesService).active();
    expect(stored.snapshot.pack.contentHash).toBe(pack.contentHash);
    // jsonb keeps no key order, so both sides are compared in canonical form.
    expect(canonicalJson(evaluateSnapshot(pack, stored.snapshot))).toBe(canonicalJson(stored.result));
    const immutable = t.app
      .get(DataSource)
      .query(`UPDATE evaluations SET decision = 'approved' WHERE review_id = $1`, [review.id]);
    await expect(immutable).rejects.toThrow(/immutable/);
  });

  it('re-reviews an expired decision (default six months) in the background', async () => {
    const subject = await seededOffering(t, 'google', 'vendor_api');
    const review = (await submit({ ...subject, useCase: customerSupport })).json() as Review;
    const decided = (await waitForDecision(t, review.id)) as unknown as Review & { expiresAt: string };
    const months = (Date.parse(decided.expiresAt) - Date.now()) / (30.4 * 86_400_000);
    expect(months).toBeGreaterThan(5.9);
    expect(months).toBeLessThan(6.1);
    await t.app
      .get(DataSource)
      .query(`UPDATE reviews SET expires_at = now() - interval '1 day' WHERE id = $1`, [review.id]);
    await t.app.get(WorkerRunner).reconcile();
    await waitUntil(async () => {
      const evals = (
        await t.call('GET', `/v1/reviews/${review.id}/evaluations`, { key: officer })
      ).json() as { data: { trigger: string }[] };
      return evals.data[0]?.trigger === 'expired';
    });
    const renewed = (await waitForDecision(t, review.id)) as unknown as { expiresAt: string };
    expect(Date.parse(renewed.expiresAt)).toBeGreaterThan(Date.now());
  });

  // The worker may first drain re-evaluations and report renders that earlier suites left pending in the
  // shared test database, so the wait is generous; the assertion is about retries, not speed.
  it('retries a webhook the receiver refused until it is delivered', async () => {
    const receiver = await webhookReceiver(503);
    try {
      const vendor = (
        await t.call('POST', '/v1/vendors', {
          key: officer,
          body: { name: `Retry AI ${randomUUID().slice(0, 6)}`, hqCountry: 'US' },
        })
      ).json() as { id: string };
      const model = (
        await t.call('POST', `/v1/vendors/${vendor.id}/models`, { key: officer, body: { name: 'R-1' } })
      ).json() as { id: string };
      const offering = (
        await t.call('POST', `/v1/models/${model.id}/offerings`, {
          key: officer,
          body: { name: 'R-1 API', mode: 'vendor_api' },
        })
      ).json() as { id: string };
      const review = (
        await submit({
          vendorId: vendor.id,
          modelId: model.id,
          offeringId: offering.id,
          useCase: codeAssistant,
          callbackUrl: receiver.url,
        })
      ).json() as Review;
      await waitForDecision(t, review.id);
      await waitUntil(() => receiver.received.length >= 1);
      receiver.setStatus(200);
      const deliveries = async () =>
        (await t.app
          .get(DataSource)
          .query(
            'SELECT status, attempts, last_status_code FROM webhook_deliveries WHERE review_id = $1 AND subscription_id IS NULL',
            [review.id],
          )) as {
          status: string;
          attempts: number;
          last_status_code: number;
        }[];
      await waitUntil(async () => (await deliveries())[0]?.status === 'delivered', 90000);
      const [d] = await deliveries();
      expect(d!.attempts).toBeGreaterThanOrEqual(2);
      expect(d!.last_status_code).toBe(200);
      expect(receiver.received.length).toBeGreaterThanOrEqual(2);
      // Every attempt carries the same delivery id, so the receiver can de-duplicate.
      expect(new Set(receiver.received.map((r) => r.headers['x-avr-delivery'])).size).toBe(1);
    } finally {
      receiver.server.close();
    }
  });

  it('pre-checks synchronously without storing or queueing anything', async () => {
    const subject = await seededOffering(t, 'zhipu', 'vendor_api');
    const before = (await t.app.get(DataSource).query('SELECT count(*)::int AS n FROM reviews')) as {
      n: number;
    }[];
    const res = await t.call('POST', '/v1/precheck', {
      key: procurement,
      body: { ...subject, useCase: codeAssistant },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ decision: 'rejected' });
    expect((res.json() as { decidingRules: { id: string }[] }).decidingRules.length).toBeGreaterThan(0);
    const after = (await t.app.get(DataSource).query('SELECT count(*)::int AS n FROM reviews')) as {
      n: number;
    }[];
    expect(after[0]!.n).toBe(before[0]!.n);
  });
});
