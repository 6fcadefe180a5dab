import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { IsNull, Repository } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import type { ApiRole, Principal } from '../common/auth';
import { notFound } from '../common/errors';
import { PageQuery, toPage } from '../common/pagination';
import { ApiKeyEntity } from './api-key.entity';

const KEY_PREFIX = 'avr_';
const DISPLAY_PREFIX_LENGTH = 12;

export const hashKey = (key: string) => createHash('sha256').update(key, 'utf8').digest('hex');

@Injectable()
export class ApiKeysService implements OnApplicationBootstrap {
  private readonly logger = new Logger(ApiKeysService.name);

  constructor(
    @InjectRepository(ApiKeyEntity) private readonly keys: Repository<ApiKeyEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const key = this.config.bootstrapAdminApiKey;
    if (!key) return;
    const result = await this.keys
      .createQueryBuilder()
      .insert()
      .values({
        name: 'bootstrap admin',
        role: 'admin',
        prefix: key.slice(0, DISPLAY_PREFIX_LENGTH),
        keyHash: hashKey(key),
      })
      .orIgnore()
      .execute();
    if (result.identifiers.length > 0 && result.identifiers[0])
      this.logger.log('Created the bootstrap admin API key');
  }

  async create(
    name: string,
    role: ApiRole,
    createdBy: Principal | null,
  ): Promise<{ entity: ApiKeyEntity; key: string }> {
    const key = KEY_PREFIX + randomBytes(32).toString('base64url');
    const entity = await this.keys.save(
      this.keys.create({
        name,
        role,
        prefix: key.slice(0, DISPLAY_PREFIX_LENGTH),
        keyHash: hashKey(key),
        createdByKeyId: createdBy?.keyId ?? null,
      }),
    );
    return { entity, key };
  }

  async list(q: PageQuery) {
    const [rows, total] = await this.keys.findAndCount({
      order: { createdAt: 'ASC', id: 'ASC' },
      skip: (q.page - 1) * q.limit,
      take: q.limit,
    });
    return toPage(rows, total, q);
  }

  async revoke(id: string): Promise<ApiKeyEntity> {
    const key = await this.keys.findOneBy({ id });
    if (!key) throw notFound('API key', id);
    if (!key.revokedAt) {
      await this.keys.update({ id, revokedAt: IsNull() }, { revokedAt: new Date() });
    }
    return (await this.keys.findOneBy({ id }))!;
  }

  /** Returns the principal for a presented key, or null when the key is unknown or revoked. */
  async authenticate(presented: string): Promise<Principal | null> {
    if (!presented.startsWith(KEY_PREFIX) && presented !== this.config.bootstrapAdminApiKey) return null;
    const key = await this.keys.findOneBy({ keyHash: hashKey(presented), revokedAt: IsNull() });
    if (!key) return null;
    // Record use at most once a minute so authentication does not turn every read into a write.
    await this.keys
      .createQueryBuilder()
      .update()
      .set({ lastUsedAt: () => 'now()' })
      .where("id = :id AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')", {
        id: key.id,
      })
      .execute();
    return { keyId: key.id, name: key.name, role: key.role };
  }
}
