import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DomainError, notFound } from '../common/errors';
import { toPage } from '../common/pagination';
import { provenanceErrors } from '../common/provenance-check';
import { slugify, updateWithVersion } from '../common/versioned-update';
import { JurisdictionsService } from '../jurisdictions/jurisdictions.service';
import { LegalEntitiesService } from '../vendors/legal-entities.service';
import { RegistryEvents } from '../vendors/registry-events';
import { VendorsService } from '../vendors/vendors.service';
import { UNKNOWN_FACT } from './dto/model.dto';
import type { CreateOfferingDto, OfferingQuery, UpdateOfferingDto } from './dto/offering.dto';
import { ModelsService } from './models.service';
import { OfferingEntity } from './offering.entity';

@Injectable()
export class OfferingsService {
  constructor(
    @InjectRepository(OfferingEntity) private readonly repo: Repository<OfferingEntity>,
    private readonly models: ModelsService,
    private readonly vendors: VendorsService,
    private readonly entities: LegalEntitiesService,
    private readonly jurisdictions: JurisdictionsService,
    private readonly events: RegistryEvents,
  ) {}

  async create(modelId: string, dto: CreateOfferingDto): Promise<OfferingEntity> {
    const model = await this.models.get(modelId);
    await this.check(model.vendorId, dto);
    const saved = await this.repo.save(
      this.repo.create({
        ...dto,
        modelId,
        slug: dto.slug ?? slugify(dto.name),
        currency: dto.currency ?? 'USD',
        storageRegions: dto.storageRegions ?? UNKNOWN_FACT,
        inferenceRegions: dto.inferenceRegions ?? UNKNOWN_FACT,
        priceInputPer1M: dto.priceInputPer1M ?? UNKNOWN_FACT,
        priceOutputPer1M: dto.priceOutputPer1M ?? UNKNOWN_FACT,
      } as Partial<OfferingEntity>),
    );
    await this.events.vendorChanged(model.vendorId);
    return saved;
  }

  async listForModel(modelId: string, q: OfferingQuery) {
    await this.models.get(modelId);
    const where = q.mode ? { modelId, mode: q.mode } : { modelId };
    const [rows, total] = await this.repo.findAndCount({
      where,
      order: { name: 'ASC', id: 'ASC' },
      skip: (q.page - 1) * q.limit,
      take: q.limit,
    });
    return toPage(rows, total, q);
  }

  async get(id: string): Promise<OfferingEntity> {
    const o = await this.repo.findOneBy({ id });
    if (!o) throw notFound('Offering', id);
    return o;
  }

  async update(id: string, dto: UpdateOfferingDto): Promise<OfferingEntity> {
    const current = await this.get(id);
    const model = await this.models.get(current.modelId);
    const { version, ...patch } = dto;
    await this.check(model.vendorId, patch);
    const updated = await updateWithVersion(this.repo, 'Offering', id, version, patch as never);
    await this.events.vendorChanged(model.vendorId);
    return updated;
  }

  private async check(vendorId: string, dto: Partial<CreateOfferingDto>): Promise<void> {
    const vendor = await this.vendors.get(vendorId);
    if (dto.contractingEntityId)
      await this.entities.get(vendorId, dto.contractingEntityId).catch(() => {
        throw new DomainError('validation_failed', 'Request validation failed', [
          { field: 'contractingEntityId', messages: ['must be a legal entity of the model’s vendor'] },
        ]);
      });
    await this.jurisdictions.assertKnown(dto.storageRegions?.value ?? [], 'storageRegions');
    await this.jurisdictions.assertKnown(dto.inferenceRegions?.value ?? [], 'inferenceRegions');
    const errors = provenanceErrors(dto, vendor.officialDomains);
    if (errors.length) throw new DomainError('validation_failed', 'Facts lack valid provenance', errors);
  }
}
