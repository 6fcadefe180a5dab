import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DomainError, notFound } from '../common/errors';
import { toPage } from '../common/pagination';
import { provenanceErrors } from '../common/provenance-check';
import { slugify, updateWithVersion } from '../common/versioned-update';
import { RegistryEvents } from '../vendors/registry-events';
import { VendorsService } from '../vendors/vendors.service';
import { CreateModelDto, ModelQuery, UNKNOWN_FACT, UpdateModelDto } from './dto/model.dto';
import { ModelEntity } from './model.entity';

@Injectable()
export class ModelsService {
  constructor(
    @InjectRepository(ModelEntity) private readonly repo: Repository<ModelEntity>,
    private readonly vendors: VendorsService,
    private readonly events: RegistryEvents,
  ) {}

  async create(vendorId: string, dto: CreateModelDto): Promise<ModelEntity> {
    const vendor = await this.vendors.get(vendorId);
    this.check(dto, vendor.officialDomains);
    const facts = {
      releaseDate: dto.releaseDate ?? UNKNOWN_FACT,
      openWeights: dto.openWeights ?? UNKNOWN_FACT,
      license: dto.license ?? UNKNOWN_FACT,
      paramsTotalB: dto.paramsTotalB ?? UNKNOWN_FACT,
      paramsActiveB: dto.paramsActiveB ?? UNKNOWN_FACT,
      contextWindow: dto.contextWindow ?? UNKNOWN_FACT,
      trainingHardware: dto.trainingHardware ?? UNKNOWN_FACT,
    };
    const saved = await this.repo.save(
      this.repo.create({
        ...dto,
        ...facts,
        vendorId,
        slug: dto.slug ?? slugify(dto.name),
        isOpenWeights: facts.openWeights.value ?? null,
      } as Partial<ModelEntity>),
    );
    await this.events.vendorChanged(vendorId);
    return saved;
  }

  async listForVendor(vendorId: string, q: ModelQuery) {
    await this.vendors.get(vendorId);
    const where =
      q.openWeights === undefined ? { vendorId } : { vendorId, isOpenWeights: q.openWeights === 'true' };
    const [rows, total] = await this.repo.findAndCount({
      where,
      order: { name: 'ASC', id: 'ASC' },
      skip: (q.page - 1) * q.limit,
      take: q.limit,
    });
    return toPage(rows, total, q);
  }

  async get(id: string): Promise<ModelEntity> {
    const m = await this.repo.findOneBy({ id });
    if (!m) throw notFound('Model', id);
    return m;
  }

  async update(id: string, dto: UpdateModelDto): Promise<ModelEntity> {
    const current = await this.get(id);
    const vendor = await this.vendors.get(current.vendorId);
    const { version, ...patch } = dto;
    this.check(patch, vendor.officialDomains);
    const set: Record<string, unknown> = { ...patch };
    if (patch.openWeights) set.isOpenWeights = patch.openWeights.value ?? null;
    const updated = await updateWithVersion(this.repo, 'Model', id, version, set as never);
    await this.events.vendorChanged(current.vendorId);
    return updated;
  }

  private check(dto: Partial<CreateModelDto>, officialDomains: string[]): void {
    const errors = provenanceErrors(dto, officialDomains);
    if (errors.length) throw new DomainError('validation_failed', 'Facts lack valid provenance', errors);
  }
}
