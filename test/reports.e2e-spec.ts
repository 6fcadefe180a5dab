import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { sha256 } from '../src/common/canonical-json';
import { ReportsService } from '../src/reports/reports.service';
import { startTestApp, TestApp } from './e2e-app';
import { codeAssistant, seededOffering, waitForDecision, waitUntil } from './fixtures';

const tool = (cmd: string, args: string[]) =>
  execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('PDF risk reports (rendered by the worker, downloaded through the API)', () => {
  let t: TestApp;
  let legal: string;
  let officer: string;
  let reviewId: string;
  let evaluationId: string;
  const dir = mkdtempSync(join(tmpdir(), 'reports-'));

  beforeAll(async () => {
    t = await startTestApp({}, { api: true, worker: true });
    legal = await t.keyFor('legal');
    officer = await t.keyFor('compliance_officer');
    const subject = await seededOffering(t, 'zhipu', 'vendor_api');
    const res = await t.call('POST', '/v1/reviews', {
      key: officer,
      body: { ...subject, useCase: codeAssistant },
      headers: { 'idempotency-key': randomUUID() },
    });
    reviewId = (res.json() as { id: string }).id;
    // Not decided yet: no report, and the answer says so.
    const early = await t.call('GET', `/v1/reviews/${reviewId}/report.pdf`, { key: legal });
    if (early.statusCode !== 200) expect(early.statusCode).toBe(409);
    const decided = await waitForDecision(t, reviewId, 60000);
    evaluationId = (decided as { currentEvaluationId: string }).currentEvaluationId;
    await waitUntil(
      async () =>
        (await t.call('GET', `/v1/reviews/${reviewId}/report.pdf`, { key: legal })).statusCode === 200,
      120000,
    );
  });
  afterAll(async () => t.close());

  it('serves the PDF with a safe file name and an ETag of its SHA-256, and audits who downloaded it', async () => {
    const res = await t.call('GET', `/v1/reviews/${reviewId}/report.pdf`, { key: legal });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(String(res.headers['content-disposition'])).toMatch(
      /^attachment; filename="ai-vendor-risk_zhipu_[0-9a-f]{8}_[0-9a-f]{8}\.pdf"$/,
    );
    const body = res.rawPayload;
    expect(res.headers.etag).toBe(`"${sha256(body)}"`);
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    const audit = (
      await t.call('GET', `/v1/audit-events?action=report.downloaded`, { key: officer })
    ).json() as { data: { actorName: string; data: { reviewId: string } }[] };
    expect(audit.data.some((e) => e.data.reviewId === reviewId && e.actorName === 'test legal')).toBe(true);

    const file = join(dir, 'zhipu.pdf');
    writeFileSync(file, body);
    expect(tool('qpdf', ['--check', file])).toMatch(/No syntax or stream encoding errors found/);
    const text = tool('pdftotext', ['-enc', 'UTF-8', file, '-']);
    expect(text).toContain('北京智谱华章科技有限公司');
    expect(text).toContain(reviewId);
    const fonts = tool('pdffonts', [file]).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line).toMatch(/\s(yes)\s+(yes)\s+(yes|no)\s+\d+\s+\d+\s*$/); // emb sub uni
  });

  it('renders the same evaluation to the same bytes', async () => {
    const reports = t.app.get(ReportsService);
    const before = (await t.app
      .get(DataSource)
      .query('SELECT pdf_sha256 FROM reports WHERE evaluation_id = $1', [evaluationId])) as {
      pdf_sha256: string;
    }[];
    await reports.render(evaluationId);
    const after = (await t.app
      .get(DataSource)
      .query('SELECT pdf_sha256 FROM reports WHERE evaluation_id = $1', [evaluationId])) as {
      pdf_sha256: string;
    }[];
    expect(after[0]!.pdf_sha256).toBe(before[0]!.pdf_sha256);
  });

  it('serves the JSON twin with the pack hash and list versions', async () => {
    const res = await t.call('GET', `/v1/reviews/${reviewId}/report.json`, { key: legal });
    expect(res.statusCode).toBe(200);
    const twin = JSON.stringify(res.json());
    const evaluation = (
      await t.call('GET', `/v1/reviews/${reviewId}/evaluations`, { key: officer })
    ).json() as { data: { packHash: string }[] };
    expect(twin).toContain(evaluation.data[0]!.packHash);
    expect(twin).toContain('北京智谱华章科技有限公司');
    expect(twin).toMatch(/listVersions/);
  });

  it('refuses a report whose bytes no longer match the recorded SHA-256, and audits it', async () => {
    const ds = t.app.get(DataSource);
    await ds.query(
      `UPDATE reports SET pdf = overlay(pdf placing '\\x00'::bytea from 200 for 1) WHERE evaluation_id = $1`,
      [evaluationId],
    );
    const res = await t.call('GET', `/v1/reviews/${reviewId}/report.pdf`, { key: legal });
    expect(res.statusCode).toBe(500);
    const audit = (
      await t.call('GET', `/v1/audit-events?action=report.integrity_failed`, { key: officer })
    ).json() as { total: number };
    expect(audit.total).toBeGreaterThan(0);
    await t.app.get(ReportsService).render(evaluationId);
    expect((await t.call('GET', `/v1/reviews/${reviewId}/report.pdf`, { key: legal })).statusCode).toBe(200);
  });

  it('answers 409 with the report status while it is not ready', async () => {
    const ds = t.app.get(DataSource);
    await ds.query(`UPDATE reports SET status = 'pending' WHERE evaluation_id = $1`, [evaluationId]);
    const res = await t.call('GET', `/v1/reviews/${reviewId}/report.pdf`, { key: legal });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: { code: 'conflict', details: { status: 'pending' } } });
    await t.app.get(ReportsService).render(evaluationId);
    expect((await t.call('GET', `/v1/reviews/${reviewId}/report.pdf`, { key: legal })).statusCode).toBe(200);
  });

  it('answers 404 for unknown reviews and refuses procurement keys', async () => {
    expect((await t.call('GET', `/v1/reviews/${randomUUID()}/report.pdf`, { key: legal })).statusCode).toBe(
      404,
    );
    expect(
      (await t.call('GET', `/v1/reviews/${reviewId}/report.pdf`, { key: await t.keyFor('procurement') }))
        .statusCode,
    ).toBe(403);
  });
});
