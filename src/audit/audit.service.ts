import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { canonicalJson, sha256 } from '../common/canonical-json';
import type { Principal } from '../common/auth';
import { PageQuery, toPage } from '../common/pagination';
import { AuditEventEntity } from './audit-event.entity';

const GENESIS = '0'.repeat(64);
/** Serialises appends so the chain has one order; held only for the inserting transaction. */
const AUDIT_LOCK_KEY = 727_274_002;

export interface AuditInput {
  actor: Principal | { name: string; keyId?: null };
  action: string;
  subjectType: string;
  subjectId?: string | null;
  data?: Record<string, unknown>;
}

function chainHash(prevHash: string, e: Omit<AuditEventEntity, 'seq' | 'hash' | 'prevHash'>): string {
  return sha256(
    prevHash +
      canonicalJson({
        id: e.id,
        at: e.at.toISOString(),
        actorKeyId: e.actorKeyId,
        actorName: e.actorName,
        action: e.action,
        subjectType: e.subjectType,
        subjectId: e.subjectId,
        data: e.data,
      }),
  );
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Appends one event; pass the caller's transaction so the event commits (or not) with the change. */
  async record(input: AuditInput, em?: EntityManager): Promise<void> {
    const run = async (tx: EntityManager) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_LOCK_KEY]);
      const last = (await tx.query('SELECT hash FROM audit_events ORDER BY seq DESC LIMIT 1')) as {
        hash: string;
      }[];
      const prevHash = last[0]?.hash ?? GENESIS;
      // Millisecond precision: what Postgres stores is what the verifier re-hashes.
      const at = new Date();
      const event = {
        id: randomUUID(),
        at,
        actorKeyId: 'keyId' in input.actor && input.actor.keyId ? input.actor.keyId : null,
        actorName: input.actor.name,
        action: input.action,
        subjectType: input.subjectType,
        subjectId: input.subjectId ?? null,
        data: input.data ?? {},
      };
      await tx
        .getRepository(AuditEventEntity)
        .insert({ ...event, prevHash, hash: chainHash(prevHash, event) } as never);
    };
    if (em) await run(em);
    else await this.db.transaction(run);
  }

  async list(q: PageQuery & { subjectId?: string; action?: string }) {
    const where: Record<string, string> = {};
    if (q.subjectId) where.subjectId = q.subjectId;
    if (q.action) where.action = q.action;
    const [rows, total] = await this.db.getRepository(AuditEventEntity).findAndCount({
      where,
      order: { seq: 'DESC' },
      skip: (q.page - 1) * q.limit,
      take: q.limit,
    });
    return toPage(rows, total, q);
  }

  /** Re-computes the chain; the first broken link is reported. */
  async verify(): Promise<{ valid: boolean; events: number; brokenAt?: string }> {
    const repo = this.db.getRepository(AuditEventEntity);
    let prev = GENESIS;
    let count = 0;
    const batch = 1000;
    for (let after = '0'; ;) {
      const rows = await repo
        .createQueryBuilder('e')
        .where('e.seq > :after', { after })
        .orderBy('e.seq', 'ASC')
        .limit(batch)
        .getMany();
      for (const r of rows) {
        if (r.prevHash !== prev || chainHash(prev, r) !== r.hash)
          return { valid: false, events: count, brokenAt: r.id };
        prev = r.hash;
        count++;
      }
      if (rows.length < batch) break;
      after = rows[rows.length - 1]!.seq;
    }
    return { valid: true, events: count };
  }
}
