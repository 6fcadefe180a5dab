import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { DomainError, notFound } from '../common/errors';
import { PageQuery, toPage } from '../common/pagination';
import type { JurisdictionQuery, UpdateJurisdictionDto } from './dto/jurisdiction.dto';
import { JurisdictionEntity } from './jurisdiction.entity';

@Injectable()
export class JurisdictionsService {
  constructor(@InjectRepository(JurisdictionEntity) private readonly repo: Repository<JurisdictionEntity>) {}

  async list(q: JurisdictionQuery) {
    const qb = this.repo.createQueryBuilder('j').orderBy('j.alpha2', 'ASC');
    if (q.euAdequacy) qb.andWhere(`j.eu_adequacy->>'scope' = :scope`, { scope: q.euAdequacy });
    if (q.countryOfConcern !== undefined) {
      qb.andWhere(`(j.doj_country_of_concern->>'value')::boolean = :coc`, {
        coc: q.countryOfConcern === 'true',
      });
    }
    if (q.eea !== undefined) qb.andWhere('j.eea_member = :eea', { eea: q.eea === 'true' });
    const [rows, total] = await qb
      .skip((q.page - 1) * q.limit)
      .take(q.limit)
      .getManyAndCount();
    return toPage(rows, total, q as PageQuery);
  }

  async get(alpha2: string): Promise<JurisdictionEntity> {
    const j = await this.repo.findOneBy({ alpha2: alpha2.toUpperCase() });
    if (!j) throw notFound('Jurisdiction', alpha2);
    return j;
  }

  async update(alpha2: string, dto: UpdateJurisdictionDto): Promise<JurisdictionEntity> {
    const { version, ...patch } = dto;
    const result = await this.repo
      .createQueryBuilder()
      .update()
      .set(patch as never)
      .where('alpha2 = :alpha2 AND version = :version', { alpha2: alpha2.toUpperCase(), version })
      .execute();
    const current = await this.get(alpha2);
    if (result.affected !== 1) {
      throw new DomainError('version_conflict', `Jurisdiction ${alpha2} was changed by someone else`, {
        expectedVersion: version,
        currentVersion: current.version,
      });
    }
    return current;
  }

  /** Refuses codes that are not ISO 3166-1 countries we know, naming the field. */
  async assertKnown(codes: readonly string[], field: string): Promise<void> {
    const unique = [...new Set(codes)];
    if (unique.length === 0) return;
    const found = await this.repo.find({ select: { alpha2: true }, where: { alpha2: In(unique) } });
    const known = new Set(found.map((j) => j.alpha2));
    const missing = unique.filter((c) => !known.has(c));
    if (missing.length) {
      throw new DomainError('validation_failed', 'Request validation failed', [
        { field, messages: [`unknown ISO 3166-1 alpha-2 code(s): ${missing.join(', ')}`] },
      ]);
    }
  }
}
