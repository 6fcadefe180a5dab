import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { DomainError, notFound } from '../common/errors';
import { PageQuery, toPage } from '../common/pagination';
import { provenanceErrors } from '../common/provenance-check';
import { slugify, updateWithVersion } from '../common/versioned-update';
import { JurisdictionsService } from '../jurisdictions/jurisdictions.service';
import type { CreateLegalEntityDto, UpdateLegalEntityDto } from './dto/legal-entity.dto';
import { LegalEntityEntity, OwnershipEdge } from './legal-entity.entity';
import { RegistryEvents } from './registry-events';
import { VendorsService } from './vendors.service';

@Injectable()
export class LegalEntitiesService {
  constructor(
    @InjectRepository(LegalEntityEntity) private readonly repo: Repository<LegalEntityEntity>,
    private readonly vendors: VendorsService,
    private readonly jurisdictions: JurisdictionsService,
    private readonly events: RegistryEvents,
  ) {}

  async create(vendorId: string, dto: CreateLegalEntityDto): Promise<LegalEntityEntity> {
    const vendor = await this.vendors.get(vendorId);
    await this.check(vendorId, null, dto, vendor.officialDomains);
    const saved = await this.repo.save(
      this.repo.create({
        ...dto,
        vendorId,
        slug: dto.slug ?? slugify(dto.name),
      } as Partial<LegalEntityEntity>),
    );
    await this.events.vendorChanged(vendorId);
    return saved;
  }

  async list(vendorId: string, q: PageQuery) {
    await this.vendors.get(vendorId);
    const [rows, total] = await this.repo.findAndCount({
      where: { vendorId },
      order: { name: 'ASC', id: 'ASC' },
      skip: (q.page - 1) * q.limit,
      take: q.limit,
    });
    return toPage(rows, total, q);
  }

  async get(vendorId: string, id: string): Promise<LegalEntityEntity> {
    const e = await this.repo.findOneBy({ id, vendorId });
    if (!e) throw notFound('Legal entity', id);
    return e;
  }

  async update(vendorId: string, id: string, dto: UpdateLegalEntityDto): Promise<LegalEntityEntity> {
    const vendor = await this.vendors.get(vendorId);
    await this.get(vendorId, id);
    const { version, ...patch } = dto;
    await this.check(vendorId, id, patch, vendor.officialDomains);
    const updated = await updateWithVersion(this.repo, 'Legal entity', id, version, patch as never);
    await this.events.vendorChanged(vendorId);
    return updated;
  }

  private async check(
    vendorId: string,
    selfId: string | null,
    dto: Partial<CreateLegalEntityDto>,
    officialDomains: string[],
  ): Promise<void> {
    if (dto.country) await this.jurisdictions.assertKnown([dto.country], 'country');
    const owners: OwnershipEdge[] = dto.owners ?? [];
    const ids = owners.map((o) => o.ownerEntityId);
    if (selfId && ids.includes(selfId)) {
      throw new DomainError('validation_failed', 'Request validation failed', [
        { field: 'owners', messages: ['an entity cannot own itself'] },
      ]);
    }
    if (ids.length) {
      const found = await this.repo.countBy({ id: In(ids), vendorId });
      if (found !== new Set(ids).size) {
        throw new DomainError('validation_failed', 'Request validation failed', [
          { field: 'owners', messages: ['every ownerEntityId must be a legal entity of the same vendor'] },
        ]);
      }
      const total = owners.reduce((s, o) => s + (o.percent ?? 0), 0);
      if (total > 100.0001) {
        throw new DomainError('validation_failed', 'Request validation failed', [
          { field: 'owners', messages: [`ownership percentages add up to ${total}, more than 100`] },
        ]);
      }
    }
    const errors = provenanceErrors(
      { owners, ...(dto.status ? { entity: { status: dto.status, source: dto.source } } : {}) },
      officialDomains,
    );
    if (errors.length) throw new DomainError('validation_failed', 'Facts lack valid provenance', errors);
  }
}
