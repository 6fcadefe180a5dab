import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/auth';
import { hashOf } from '../common/canonical-json';
import { DomainError, notFound } from '../common/errors';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ReevaluationService } from '../reviews/reevaluation.service';
import { LegalEntityEntity } from '../vendors/legal-entity.entity';
import { VendorEntity } from '../vendors/vendor.entity';
import { ScreeningHitEntity, VendorScreeningEntity } from './screening.entity';
import { ScreeningIndexService } from './screening-index.service';

export interface ScreeningOutcome {
  status: 'confirmed' | 'potential' | 'clear';
  changed: boolean;
  hits: number;
}

/**
 * Screens every name of a vendor's group — the vendor, each legal entity, their aliases and native names —
 * against the current lists. Hits are kept per (entity, list entry): a disposition survives re-screening
 * and is re-opened only when the list entry itself changes.
 */
@Injectable()
export class VendorScreeningService {
  private readonly logger = new Logger(VendorScreeningService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly indexes: ScreeningIndexService,
    private readonly reevaluation: ReevaluationService,
    private readonly audit: AuditService,
  ) {}

  async screen(vendorId: string): Promise<ScreeningOutcome | null> {
    const vendor = await this.db.getRepository(VendorEntity).findOneBy({ id: vendorId });
    if (!vendor) throw notFound('Vendor', vendorId);
    const current = await this.indexes.current();
    if (!current) return null; // no list imported yet: the vendor stays not screened
    const entities = await this.db
      .getRepository(LegalEntityEntity)
      .find({ where: { vendorId }, order: { slug: 'ASC' } });
    const subjects = [
      {
        entityId: null as string | null,
        subject: vendor.name,
        names: [vendor.name, vendor.nativeName, ...vendor.aliases],
      },
      ...entities.map((e) => ({
        entityId: e.id as string | null,
        subject: e.name,
        names: [e.name, e.nativeName, ...e.aliases],
      })),
    ];
    const found = new Map<
      string,
      {
        entityId: string | null;
        subject: string;
        queried: string;
        key: string;
        score: number;
        matchedName: string;
        matchedTokens: unknown[];
      }
    >();
    let namesScreened = 0;
    for (const s of subjects) {
      for (const name of new Set(s.names.filter((n): n is string => Boolean(n && n.trim())))) {
        namesScreened++;
        for (const m of current.search(name, { minScore: this.config.screeningMinScore, limit: 10 })) {
          const id = `${s.entityId ?? '-'}|${m.key}`;
          const prev = found.get(id);
          if (!prev || m.score > prev.score) {
            found.set(id, {
              entityId: s.entityId,
              subject: s.subject,
              queried: name,
              key: m.key,
              score: m.score,
              matchedName: m.matchedName,
              matchedTokens: m.matchedTokens,
            });
          }
        }
      }
    }

    return this.db.transaction(async (em) => {
      await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`screen:${vendorId}`]);
      const repo = em.getRepository(ScreeningHitEntity);
      const existing = await repo.findBy({ vendorId });
      const byId = new Map(existing.map((h) => [`${h.legalEntityId ?? '-'}|${h.entryKey}`, h]));
      for (const [id, f] of [...found.entries()].sort(([a], [b]) => a.localeCompare(b))) {
        const e = current.entries.get(f.key)!;
        const fields = {
          subjectName: f.subject.slice(0, 300),
          queriedName: f.queried.slice(0, 300),
          list: e.entry.source,
          entityNumber: e.entry.entityNumber,
          entryName: e.entry.name,
          matchedName: f.matchedName,
          score: Math.round(f.score * 10000) / 10000,
          matchedTokens: f.matchedTokens,
          entry: e.entry as unknown as Record<string, unknown>,
          entryHash: e.contentHash,
          listVersionId: e.versionId,
          active: true,
          lastSeenAt: new Date(),
        };
        const old = byId.get(id);
        if (!old) {
          await repo.insert({
            vendorId,
            legalEntityId: f.entityId,
            entryKey: f.key,
            ...fields,
            firstSeenAt: new Date(),
          } as never);
        } else {
          const reopen = old.disposition !== null && old.dispositionEntryHash !== e.contentHash;
          await repo.update({ id: old.id }, {
            ...fields,
            ...(reopen
              ? {
                  disposition: null,
                  reopenedReason: `the list entry changed after it was adjudicated ${old.disposition}`,
                }
              : {}),
          } as never);
        }
      }
      const stale = existing
        .filter((h) => !found.has(`${h.legalEntityId ?? '-'}|${h.entryKey}`) && h.active)
        .map((h) => h.id);
      if (stale.length)
        await em.query('UPDATE screening_hits SET active = false WHERE id = ANY($1)', [stale]);
      return this.summarise(em, vendorId, current.versionLabels, namesScreened);
    });
  }

  /** Recomputes the vendor's status from its active hits; schedules re-evaluation when it changed. */
  private async summarise(
    em: import('typeorm').EntityManager,
    vendorId: string,
    versionLabels: string[],
    namesScreened: number,
  ): Promise<ScreeningOutcome> {
    const active = await em
      .getRepository(ScreeningHitEntity)
      .find({ where: { vendorId, active: true }, order: { entryKey: 'ASC', id: 'ASC' } });
    const status = active.some((h) => h.disposition === 'confirmed')
      ? 'confirmed'
      : active.some((h) => h.disposition === null)
        ? 'potential'
        : 'clear';
    const resultHash = hashOf({
      status,
      versionLabels,
      hits: active.map((h) => [h.legalEntityId, h.entryKey, h.disposition, h.entryHash]),
    });
    const prev = await em.getRepository(VendorScreeningEntity).findOneBy({ vendorId });
    await em.query(
      `INSERT INTO vendor_screenings (vendor_id, status, list_versions, names_screened, result_hash, screened_at) VALUES ($1,$2,$3,$4,$5,now())
       ON CONFLICT (vendor_id) DO UPDATE SET status = EXCLUDED.status, list_versions = EXCLUDED.list_versions,
         names_screened = EXCLUDED.names_screened, result_hash = EXCLUDED.result_hash, screened_at = now()`,
      [vendorId, status, JSON.stringify(versionLabels), namesScreened, resultHash],
    );
    const changed = prev?.resultHash !== resultHash;
    return { status, changed, hits: active.length };
  }

  /** Re-screens every vendor; reviews of vendors whose result changed are re-evaluated. */
  async rescreenAll(): Promise<{ vendors: number; changed: number }> {
    const vendors = (await this.db.query('SELECT id FROM vendors ORDER BY id')) as { id: string }[];
    let changed = 0;
    for (const v of vendors) {
      const outcome = await this.screen(v.id);
      if (outcome?.changed) {
        changed++;
        await this.reevaluation.scheduleForVendor(v.id, 'screening_changed');
      }
    }
    this.logger.log(`re-screened ${vendors.length} vendor(s); ${changed} changed`);
    return { vendors: vendors.length, changed };
  }

  async screenAndReevaluate(vendorId: string): Promise<ScreeningOutcome | null> {
    const outcome = await this.screen(vendorId);
    if (outcome?.changed) await this.reevaluation.scheduleForVendor(vendorId, 'screening_changed');
    return outcome;
  }

  async result(vendorId: string) {
    const screening = await this.db.getRepository(VendorScreeningEntity).findOneBy({ vendorId });
    const hits = await this.db
      .getRepository(ScreeningHitEntity)
      .find({ where: { vendorId, active: true }, order: { score: 'DESC', entryKey: 'ASC' } });
    return { screening, hits };
  }

  /** A compliance officer's adjudication; it holds until the list entry changes. */
  async dispose(
    hitId: string,
    disposition: 'confirmed' | 'false_positive',
    reason: string,
    who: Principal,
  ): Promise<ScreeningHitEntity> {
    const outcome = await this.db.transaction(async (em) => {
      const hit = await em
        .getRepository(ScreeningHitEntity)
        .findOne({ where: { id: hitId }, lock: { mode: 'pessimistic_write' } });
      if (!hit) throw notFound('Screening hit', hitId);
      if (!hit.active) throw new DomainError('conflict', 'This hit no longer appears in the current lists');
      await em.getRepository(ScreeningHitEntity).update(
        { id: hitId },
        {
          disposition,
          dispositionReason: reason,
          dispositionBy: who.name,
          dispositionAt: new Date(),
          dispositionEntryHash: hit.entryHash,
          reopenedReason: null,
        },
      );
      await this.audit.record(
        {
          actor: who,
          action: 'screening.hit_disposed',
          subjectType: 'screening_hit',
          subjectId: hitId,
          data: { disposition, reason, entryKey: hit.entryKey },
        },
        em,
      );
      const screening = await em.getRepository(VendorScreeningEntity).findOneBy({ vendorId: hit.vendorId });
      const summary = await this.summarise(
        em,
        hit.vendorId,
        screening?.listVersions ?? [],
        screening?.namesScreened ?? 0,
      );
      return { hit: (await em.getRepository(ScreeningHitEntity).findOneBy({ id: hitId }))!, summary };
    });
    if (outcome.summary.changed)
      await this.reevaluation.scheduleForVendor(outcome.hit.vendorId, 'screening_changed');
    return outcome.hit;
  }
}
