import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { readdirSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/auth';
import { hashOf, sha256 } from '../common/canonical-json';
import { DomainError, notFound } from '../common/errors';
import { projectRoot } from '../common/paths';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { EvaluationEntity } from '../reviews/evaluation.entity';
import { ReviewEntity } from '../reviews/review.entity';
import { SignOffEntity } from '../reviews/sign-off.entity';
import { AlternativeInput, ReportInput, StoredSnapshot } from './render/report-input';
import { buildReportModel } from './render/report-model';
import { renderReportPdf } from './render/render';
import { loadTemplate, ReportTemplate } from './render/template';
import { ReportEntity } from './report.entity';

const RENDER_TIMEOUT_MS = 60_000;

@Injectable()
export class ReportsService {
  private readonly logger = new Logger(ReportsService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectQueue('reports') private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  private cachedTemplate: { stamp: string; template: ReportTemplate; hash: string } | null = null;

  /**
   * The template, loaded once (it reads tens of MB of fonts) and again only when a file in the templates
   * folder changes, so legal's edits apply without a restart.
   */
  private template(): { template: ReportTemplate; hash: string } {
    const dir = isAbsolute(this.config.templatesDir)
      ? this.config.templatesDir
      : join(projectRoot(), this.config.templatesDir);
    const stamp = readdirSync(dir)
      .sort()
      .map((f) => `${f}:${statSync(join(dir, f)).mtimeMs}`)
      .join('|');
    if (this.cachedTemplate?.stamp !== stamp) {
      const template = loadTemplate(dir);
      this.cachedTemplate = { stamp, template, hash: hashOf(template) };
    }
    return this.cachedTemplate;
  }

  /** Records that a report is due, in the caller's transaction (Postgres knows before Redis does). */
  async recordPending(em: EntityManager, evaluationId: string, reviewId: string): Promise<void> {
    await em.query(
      `INSERT INTO reports (evaluation_id, review_id, status) VALUES ($1, $2, 'pending')
       ON CONFLICT (evaluation_id) DO UPDATE SET status = 'pending', error = NULL`,
      [evaluationId, reviewId],
    );
  }

  async enqueue(evaluationId: string): Promise<void> {
    await this.queue
      .add(
        'render-report',
        { evaluationId },
        {
          jobId: `report-${evaluationId}-${Date.now()}`,
          attempts: 3,
          backoff: { type: 'exponential', delay: 2000 },
        },
      )
      .catch((e: unknown) =>
        this.logger.warn(`report ${evaluationId} not enqueued; the reconciler will: ${String(e)}`),
      );
  }

  async pendingEvaluationIds(olderThanSeconds: number): Promise<string[]> {
    const rows = (await this.db.query(
      `SELECT evaluation_id FROM reports WHERE status = 'pending' AND created_at < now() - make_interval(secs => $1) ORDER BY created_at LIMIT 200`,
      [olderThanSeconds],
    )) as { evaluation_id: string }[];
    return rows.map((r) => r.evaluation_id);
  }

  /** The report input of an evaluation: its snapshot, the review and its sign-offs, and the alternatives. */
  async input(evaluationId: string): Promise<ReportInput> {
    const evaluation = await this.db.getRepository(EvaluationEntity).findOneBy({ id: evaluationId });
    if (!evaluation) throw notFound('Evaluation', evaluationId);
    const review = (await this.db.getRepository(ReviewEntity).findOneBy({ id: evaluation.reviewId }))!;
    const submitter = (await this.db.query('SELECT name FROM api_keys WHERE id = $1', [
      review.submittedByKeyId,
    ])) as { name: string }[];
    const signOffs = await this.db
      .getRepository(SignOffEntity)
      .find({ where: { evaluationId }, order: { createdAt: 'ASC', id: 'ASC' } });
    const snapshot = evaluation.snapshot as unknown as StoredSnapshot;
    return {
      review: {
        id: review.id,
        submittedBy: submitter[0]?.name ?? 'unknown',
        createdAt: review.createdAt.toISOString(),
        useCase: review.useCase,
        status: review.status,
        decision: evaluation.decision,
        signOffs: signOffs.map((s) => ({
          action: s.action,
          decision: s.decision,
          justification: s.justification,
          byName: s.byName,
          createdAt: s.createdAt.toISOString(),
        })),
      },
      evaluation: {
        id: evaluation.id,
        createdAt: evaluation.createdAt.toISOString(),
        trigger: evaluation.trigger,
        packHash: evaluation.packHash,
        snapshotHash: evaluation.snapshotHash,
        snapshot,
        result: evaluation.result as never,
      },
      vendorProfile: snapshot.profile,
      alternatives: await this.alternatives(review, evaluation.createdAt),
    };
  }

  /**
   * Offerings with known prices at this review's volume, with their latest decision for a use case of the
   * same name made before this evaluation — so the comparison is fixed at the time of the evaluation.
   */
  private async alternatives(review: ReviewEntity, asOf: Date): Promise<AlternativeInput[]> {
    const rows = (await this.db.query(
      `SELECT v.name AS vendor, m.name AS model, o.name AS offering, o.id AS offering_id, o.currency,
              (o.price_input_per_1m->>'value')::numeric AS pin, (o.price_output_per_1m->>'value')::numeric AS pout,
              (SELECT e.decision FROM reviews r JOIN evaluations e ON e.review_id = r.id
                WHERE r.offering_id = o.id AND r.use_case->>'name' = $1 AND e.created_at <= $2
                ORDER BY e.created_at DESC LIMIT 1) AS decision
         FROM offerings o JOIN models m ON m.id = o.model_id JOIN vendors v ON v.id = m.vendor_id
        WHERE o.mode <> 'self_hosted' AND o.price_input_per_1m->>'value' IS NOT NULL AND o.price_output_per_1m->>'value' IS NOT NULL`,
      [review.useCase.name, asOf],
    )) as {
      vendor: string;
      model: string;
      offering: string;
      offering_id: string;
      currency: string;
      pin: string;
      pout: string;
      decision: string | null;
    }[];
    const { input, output } = review.useCase.monthlyTokens;
    const priced = rows.map((r) => ({
      vendor: r.vendor,
      model: r.model,
      offering: r.offering,
      subject: r.offering_id === review.offeringId,
      decision: r.decision as AlternativeInput['decision'],
      monthlyCost: Math.round(((input / 1e6) * Number(r.pin) + (output / 1e6) * Number(r.pout)) * 100) / 100,
      currency: r.currency,
    }));
    // The cheapest compliant-or-not alternatives, and always the subject itself, in a stable order.
    const chosen = priced
      .sort(
        (a, b) =>
          a.monthlyCost - b.monthlyCost ||
          a.vendor.localeCompare(b.vendor) ||
          a.offering.localeCompare(b.offering),
      )
      .filter((p, i) => i < 8 || p.subject);
    return chosen.map(({ subject: _s, ...a }) => a);
  }

  /** Renders and stores the PDF and JSON twin of one evaluation; idempotent per input. */
  async render(evaluationId: string): Promise<void> {
    const input = await this.input(evaluationId);
    const { template, hash } = this.template();
    const model = buildReportModel(input);
    try {
      const pdf = await renderReportPdf(model, template, { timeoutMs: RENDER_TIMEOUT_MS });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      await this.db.query(
        `UPDATE reports SET status = 'ready', pdf = $2, pdf_sha256 = $3, pages = $4, json = $5, input = $6, template_hash = $7,
                rendered_at = now(), error = NULL, attempts = attempts + 1 WHERE evaluation_id = $1`,
        [evaluationId, pdf, sha256(pdf), pages, JSON.stringify(model), JSON.stringify(input), hash],
      );
    } catch (e) {
      await this.db.query(
        `UPDATE reports SET status = 'failed', error = $2, attempts = attempts + 1 WHERE evaluation_id = $1`,
        [evaluationId, String(e instanceof Error ? e.message : e).slice(0, 2000)],
      );
      throw e;
    }
  }

  private async current(reviewId: string): Promise<ReportEntity> {
    const review = await this.db.getRepository(ReviewEntity).findOneBy({ id: reviewId });
    if (!review) throw notFound('Review', reviewId);
    if (!review.currentEvaluationId)
      throw new DomainError('conflict', 'The review has no decision yet, so no report', {
        status: review.status,
      });
    const report = await this.db
      .getRepository(ReportEntity)
      .findOneBy({ evaluationId: review.currentEvaluationId });
    if (!report || report.status !== 'ready') {
      throw new DomainError('conflict', 'The report is not ready yet', {
        status: report?.status ?? 'pending',
        error: report?.error ?? undefined,
      });
    }
    return report;
  }

  /** The stored PDF, after re-checking its SHA-256; every download is audited with who fetched it. */
  async pdf(reviewId: string, who: Principal): Promise<{ pdf: Buffer; sha256: string; fileName: string }> {
    const report = await this.current(reviewId);
    const [row] = (await this.db.query('SELECT pdf FROM reports WHERE id = $1', [report.id])) as {
      pdf: Buffer;
    }[];
    const actual = sha256(row!.pdf);
    if (actual !== report.pdfSha256) {
      await this.audit.record({
        actor: who,
        action: 'report.integrity_failed',
        subjectType: 'report',
        subjectId: report.id,
        data: { expected: report.pdfSha256, actual },
      });
      throw new Error(`report ${report.id} does not match its recorded SHA-256`);
    }
    await this.audit.record({
      actor: who,
      action: 'report.downloaded',
      subjectType: 'report',
      subjectId: report.id,
      data: { reviewId, evaluationId: report.evaluationId, sha256: actual },
    });
    const vendor = (await this.db.query(
      'SELECT v.slug FROM reviews r JOIN vendors v ON v.id = r.vendor_id WHERE r.id = $1',
      [reviewId],
    )) as { slug: string }[];
    const fileName = `ai-vendor-risk_${(vendor[0]?.slug ?? 'vendor').replace(/[^a-z0-9-]/g, '')}_${reviewId.slice(0, 8)}_${report.evaluationId.slice(0, 8)}.pdf`;
    return { pdf: row!.pdf, sha256: actual, fileName };
  }

  async json(reviewId: string): Promise<{ json: Record<string, unknown>; sha256: string }> {
    const report = await this.current(reviewId);
    const [row] = (await this.db.query('SELECT json FROM reports WHERE id = $1', [report.id])) as {
      json: Record<string, unknown>;
    }[];
    return { json: { ...row!.json, pdfSha256: report.pdfSha256 }, sha256: report.pdfSha256! };
  }
}
