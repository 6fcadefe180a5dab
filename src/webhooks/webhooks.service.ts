import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue, UnrecoverableError } from 'bullmq';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import type { Principal } from '../common/auth';
import { DomainError, notFound } from '../common/errors';
import { PageQuery, toPage } from '../common/pagination';
import { canonicalJson } from '../common/canonical-json';
import { assertAllowedTarget, guardedLookup, RefusedTargetError } from './ssrf-guard';
import { signPayload } from './webhook-signature';
import { WebhookDeliveryEntity, WebhookSubscriptionEntity } from './webhook.entity';

export const WEBHOOK_EVENTS = ['review.decision_changed'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];
const TIMEOUT_MS = 5000;

export interface DeliveryTarget {
  url: string;
  secret: string;
  subscriptionId: string | null;
}

@Injectable()
export class WebhooksService {
  private readonly logger = new Logger(WebhooksService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectQueue('webhooks') private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get guard() {
    return { allowPrivate: this.config.webhookAllowPrivateTargets };
  }

  /** Refuses loopback, private and metadata targets (and unresolvable names) with a 422. */
  async assertTarget(url: string, field: string): Promise<void> {
    try {
      await assertAllowedTarget(url, this.guard);
    } catch (e) {
      if (e instanceof RefusedTargetError) {
        throw new DomainError('validation_failed', 'Request validation failed', [
          { field, messages: [e.message] },
        ]);
      }
      throw e;
    }
  }

  async subscribe(url: string, events: WebhookEvent[], who: Principal) {
    await this.assertTarget(url, 'url');
    const secret = 'whsec_' + randomBytes(24).toString('base64url');
    const repo = this.db.getRepository(WebhookSubscriptionEntity);
    const saved = await repo.save(
      repo.create({ url, events, secret, active: true, createdByKeyId: who.keyId }),
    );
    return { subscription: saved, secret };
  }

  async list(q: PageQuery) {
    const [rows, total] = await this.db
      .getRepository(WebhookSubscriptionEntity)
      .findAndCount({ order: { createdAt: 'ASC', id: 'ASC' }, skip: (q.page - 1) * q.limit, take: q.limit });
    return toPage(rows, total, q);
  }

  async remove(id: string): Promise<void> {
    const res = await this.db.getRepository(WebhookSubscriptionEntity).delete({ id });
    if (!res.affected) throw notFound('Webhook subscription', id);
  }

  async deliveries(reviewId: string) {
    return this.db
      .getRepository(WebhookDeliveryEntity)
      .find({ where: { reviewId }, order: { createdAt: 'ASC' } });
  }

  /** Records deliveries inside the caller's transaction; returns their ids to enqueue after commit. */
  async recordDeliveries(
    em: EntityManager,
    event: WebhookEvent,
    dedupePrefix: string,
    reviewId: string | null,
    payload: Record<string, unknown>,
    extraTargets: DeliveryTarget[] = [],
  ): Promise<string[]> {
    const subs = await em
      .getRepository(WebhookSubscriptionEntity)
      .createQueryBuilder('s')
      .addSelect('s.secret')
      .where('s.active AND :event = ANY(s.events)', { event })
      .getMany();
    const targets: DeliveryTarget[] = [
      ...subs.map((s) => ({ url: s.url, secret: s.secret, subscriptionId: s.id })),
      ...extraTargets,
    ];
    const ids: string[] = [];
    for (const t of targets) {
      const rows = (await em.query(
        `INSERT INTO webhook_deliveries (subscription_id, review_id, dedupe_key, event, url, payload, status)
         VALUES ($1, $2, $3, $4, $5, $6, 'pending') ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
        [
          t.subscriptionId,
          reviewId,
          `${dedupePrefix}:${t.subscriptionId ?? 'callback'}`,
          event,
          t.url,
          JSON.stringify(payload),
        ],
      )) as { id: string }[];
      if (rows[0]) ids.push(rows[0].id);
    }
    return ids;
  }

  /** Best effort: a failed enqueue is retried by the reconciler from the pending rows. */
  async enqueue(deliveryIds: string[]): Promise<void> {
    for (const deliveryId of deliveryIds) {
      await this.queue
        .add(
          'deliver',
          { deliveryId },
          { jobId: `delivery-${deliveryId}`, attempts: 8, backoff: { type: 'exponential', delay: 2000 } },
        )
        .catch((e: unknown) =>
          this.logger.warn(
            `enqueue of delivery ${deliveryId} failed; the reconciler will retry: ${String(e)}`,
          ),
        );
    }
  }

  /** Pending deliveries older than a few seconds whose job Redis may have lost. */
  async pendingDeliveryIds(olderThanSeconds: number): Promise<string[]> {
    const rows = (await this.db.query(
      `SELECT id FROM webhook_deliveries WHERE status = 'pending' AND updated_at < now() - make_interval(secs => $1) ORDER BY created_at LIMIT 500`,
      [olderThanSeconds],
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }

  /** One attempt. Throws to let BullMQ retry; an unrecoverable error (refused target) stops retries. */
  async deliver(deliveryId: string, finalAttempt: boolean): Promise<void> {
    const repo = this.db.getRepository(WebhookDeliveryEntity);
    const d = await repo.findOneBy({ id: deliveryId });
    if (!d || d.status !== 'pending') return;
    const secret = await this.secretFor(d);
    const body = canonicalJson({
      id: d.id,
      event: d.event,
      createdAt: d.createdAt.toISOString(),
      data: d.payload,
    });
    const timestamp = Math.floor(Date.now() / 1000);
    try {
      const status = await this.post(d.url, body, {
        'content-type': 'application/json',
        'user-agent': 'ai-vendor-risk-webhooks/1',
        'x-avr-event': d.event,
        'x-avr-delivery': d.id,
        'x-avr-timestamp': String(timestamp),
        'x-avr-signature': signPayload(secret, timestamp, body),
      });
      if (status < 200 || status >= 300)
        throw Object.assign(new Error(`target answered ${status}`), { statusCode: status });
      await repo.update(
        { id: d.id },
        {
          status: 'delivered',
          attempts: () => 'attempts + 1',
          deliveredAt: new Date(),
          lastStatusCode: status,
          lastError: null,
        },
      );
    } catch (e) {
      const refused = e instanceof RefusedTargetError;
      const statusCode = (e as { statusCode?: number }).statusCode ?? null;
      await repo.update(
        { id: d.id },
        {
          status: refused ? 'refused' : finalAttempt ? 'failed' : 'pending',
          attempts: () => 'attempts + 1',
          lastError: String(e instanceof Error ? e.message : e).slice(0, 1000),
          lastStatusCode: statusCode,
        },
      );
      if (refused) throw new UnrecoverableError((e as Error).message);
      throw e;
    }
  }

  private async secretFor(d: WebhookDeliveryEntity): Promise<string> {
    if (d.subscriptionId) {
      const s = await this.db
        .getRepository(WebhookSubscriptionEntity)
        .createQueryBuilder('s')
        .addSelect('s.secret')
        .where('s.id = :id', { id: d.subscriptionId })
        .getOne();
      if (s) return s.secret;
    }
    const rows = (await this.db.query('SELECT callback_secret FROM reviews WHERE id = $1', [d.reviewId])) as {
      callback_secret: string | null;
    }[];
    const secret = rows[0]?.callback_secret;
    if (!secret) throw new UnrecoverableError(`delivery ${d.id} has no signing secret`);
    return secret;
  }

  private post(url: string, body: string, headers: Record<string, string>): Promise<number> {
    const u = new URL(url);
    const send = u.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      const req = send(
        u,
        {
          method: 'POST',
          headers: { ...headers, 'content-length': Buffer.byteLength(body) },
          lookup: guardedLookup(this.guard) as never,
          timeout: TIMEOUT_MS,
        },
        (res) => {
          res.resume(); // the body is not needed; draining frees the socket
          res.on('end', () => resolve(res.statusCode ?? 0));
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new Error(`no answer within ${TIMEOUT_MS} ms`)));
      req.on('error', reject);
      req.end(body);
    });
  }
}
