import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/auth';
import { DomainError, notFound } from '../common/errors';
import { PageQuery, toPage } from '../common/pagination';
import { projectRoot } from '../common/paths';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ReevaluationService } from '../reviews/reevaluation.service';
import { loadPack } from './engine/pack';
import type { CompiledPack, PackError } from './engine/pack-types';
import { PolicyPackEntity } from './policy-pack.entity';

export const DEFAULT_PACK_FILE = 'default.yaml';
const ACTIVATION_LOCK_KEY = 727_274_003;

export interface ValidationOutcome {
  valid: boolean;
  errors: PackError[];
  pack?: CompiledPack;
}

@Injectable()
export class PoliciesService implements OnApplicationBootstrap {
  private readonly logger = new Logger(PoliciesService.name);
  /** Compiled once per content hash: expressions are compiled at load, never per evaluation. */
  private readonly compiled = new Map<string, CompiledPack>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly reevaluation: ReevaluationService,
  ) {}

  private get dir(): string {
    return isAbsolute(this.config.policiesDir)
      ? this.config.policiesDir
      : join(projectRoot(), this.config.policiesDir);
  }

  /** A fresh installation starts with the shipped default pack active; an existing choice is never replaced. */
  async onApplicationBootstrap(): Promise<void> {
    await this.db.transaction(async (em) => {
      await em.query('SELECT pg_advisory_xact_lock($1)', [ACTIVATION_LOCK_KEY]);
      const active = await em.getRepository(PolicyPackEntity).findOneBy({ active: true });
      if (active) return;
      const file = join(this.dir, DEFAULT_PACK_FILE);
      const outcome = this.validate(readFileSync(file, 'utf8'), DEFAULT_PACK_FILE);
      if (!outcome.valid)
        throw new Error(
          `the default policy pack ${file} is invalid:\n${JSON.stringify(outcome.errors, null, 2)}`,
        );
      await this.store(em, outcome.pack!, readFileSync(file, 'utf8'), { name: 'system' });
      this.logger.log(
        `activated ${outcome.pack!.id} ${outcome.pack!.version} (${outcome.pack!.contentHash.slice(0, 12)})`,
      );
    });
  }

  validate(yaml: string, sourceName: string): ValidationOutcome {
    const result = loadPack(yaml, sourceName);
    if (!result.ok) return { valid: false, errors: result.errors };
    this.compiled.set(result.pack.contentHash, result.pack);
    return { valid: true, errors: [], pack: result.pack };
  }

  /** Validates and activates; a pack with any error is refused as a whole and the active pack stays. */
  async activate(yaml: string, sourceName: string, who: Principal): Promise<PolicyPackEntity> {
    const outcome = this.validate(yaml, sourceName);
    if (!outcome.valid)
      throw new DomainError(
        'validation_failed',
        'The policy pack is invalid; the active pack is unchanged',
        outcome.errors,
      );
    const saved = await this.db.transaction(async (em) => {
      await em.query('SELECT pg_advisory_xact_lock($1)', [ACTIVATION_LOCK_KEY]);
      return this.store(em, outcome.pack!, yaml, who);
    });
    await this.reevaluation.scheduleAll('pack_activated');
    return saved;
  }

  private async store(
    em: EntityManager,
    pack: CompiledPack,
    yaml: string,
    who: Principal | { name: string },
  ) {
    const repo = em.getRepository(PolicyPackEntity);
    await repo.update({ active: true }, { active: false });
    await em.query(
      `INSERT INTO policy_packs (pack_id, pack_version, description, content_hash, source_name, yaml, rule_count, active, activated_at, activated_by)
       VALUES ($1,$2,$3,$4,$5,$6,$7,true,now(),$8)
       ON CONFLICT (content_hash) DO UPDATE SET active = true, activated_at = now(), activated_by = EXCLUDED.activated_by`,
      [
        pack.id,
        pack.version,
        pack.description || null,
        pack.contentHash,
        pack.file,
        yaml,
        pack.rules.length,
        who.name,
      ],
    );
    await this.audit.record(
      {
        actor: who,
        action: 'policy_pack.activated',
        subjectType: 'policy_pack',
        subjectId: pack.contentHash,
        data: { packId: pack.id, version: pack.version },
      },
      em,
    );
    return (await repo.findOneBy({ contentHash: pack.contentHash }))!;
  }

  /** The active pack, compiled (cached per content hash). */
  async active(): Promise<CompiledPack> {
    const row = await this.db.getRepository(PolicyPackEntity).findOneBy({ active: true });
    if (!row) throw new DomainError('dependency_unavailable', 'No policy pack is active');
    const cached = this.compiled.get(row.contentHash);
    if (cached) return cached;
    const outcome = this.validate(row.yaml, row.sourceName);
    if (!outcome.valid) throw new Error(`stored pack ${row.contentHash} no longer compiles`);
    return outcome.pack!;
  }

  async list(q: PageQuery) {
    const [rows, total] = await this.db
      .getRepository(PolicyPackEntity)
      .findAndCount({ order: { createdAt: 'DESC', id: 'ASC' }, skip: (q.page - 1) * q.limit, take: q.limit });
    return toPage(rows, total, q);
  }

  async get(id: string): Promise<PolicyPackEntity> {
    const row = await this.db.getRepository(PolicyPackEntity).findOneBy({ id });
    if (!row) throw notFound('Policy pack', id);
    return row;
  }
}
