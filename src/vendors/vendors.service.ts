import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DomainError, notFound } from '../common/errors';
import { provenanceErrors } from '../common/provenance-check';
import { toPage } from '../common/pagination';
import { slugify, updateWithVersion } from '../common/versioned-update';
import { JurisdictionsService } from '../jurisdictions/jurisdictions.service';
import { RegistryEvents } from './registry-events';
import type { CreateVendorDto, UpdateVendorDto, VendorQuery } from './dto/vendor.dto';
import { VendorEntity } from './vendor.entity';

@Injectable()
export class VendorsService {
  constructor(
    @InjectRepository(VendorEntity) private readonly repo: Repository<VendorEntity>,
    private readonly jurisdictions: JurisdictionsService,
    private readonly events: RegistryEvents,
  ) {}

  async create(dto: CreateVendorDto): Promise<VendorEntity> {
    await this.check(dto, dto.officialDomains ?? []);
    const entity = this.repo.create({ ...dto, slug: dto.slug ?? slugify(dto.name) } as Partial<VendorEntity>);
    return this.repo.save(entity);
  }

  async get(id: string): Promise<VendorEntity> {
    const v = await this.repo.findOneBy({ id });
    if (!v) throw notFound('Vendor', id);
    return v;
  }

  async list(q: VendorQuery) {
    const qb = this.repo.createQueryBuilder('v').orderBy('v.name', 'ASC').addOrderBy('v.id', 'ASC');
    if (q.hqCountry) qb.andWhere('v.hq_country = :hq', { hq: q.hqCountry });
    if (q.q) {
      qb.andWhere(
        `(v.name ILIKE :q OR v.native_name ILIKE :q OR EXISTS (SELECT 1 FROM unnest(v.aliases) a WHERE a ILIKE :q))`,
        { q: `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` },
      );
    }
    if (q.openWeights !== undefined) {
      const exists = 'EXISTS (SELECT 1 FROM models m WHERE m.vendor_id = v.id AND m.is_open_weights = true)';
      qb.andWhere(q.openWeights === 'true' ? exists : `NOT ${exists}`);
    }
    const [rows, total] = await qb
      .skip((q.page - 1) * q.limit)
      .take(q.limit)
      .getManyAndCount();
    return toPage(rows, total, q);
  }

  async update(id: string, dto: UpdateVendorDto): Promise<VendorEntity> {
    const current = await this.get(id);
    const { version, ...patch } = dto;
    await this.check(patch, patch.officialDomains ?? current.officialDomains);
    const updated = await updateWithVersion(this.repo, 'Vendor', id, version, patch as never);
    await this.events.vendorChanged(id);
    return updated;
  }

  private async check(dto: Partial<CreateVendorDto>, officialDomains: string[]): Promise<void> {
    if (dto.hqCountry) await this.jurisdictions.assertKnown([dto.hqCountry], 'hqCountry');
    if (dto.publicBans?.length)
      await this.jurisdictions.assertKnown(
        dto.publicBans.map((b) => b.country),
        'publicBans',
      );
    const errors = provenanceErrors(dto, officialDomains);
    if (errors.length) throw new DomainError('validation_failed', 'Facts lack valid provenance', errors);
  }
}
