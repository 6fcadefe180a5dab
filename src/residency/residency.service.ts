import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DomainError, notFound } from '../common/errors';
import { JurisdictionsService } from '../jurisdictions/jurisdictions.service';
import { ReevaluationService } from '../reviews/reevaluation.service';
import type { PutResidencyRuleDto } from './dto/residency.dto';
import { ResidencyRuleEntity } from './residency-rule.entity';

@Injectable()
export class ResidencyService {
  constructor(
    @InjectRepository(ResidencyRuleEntity) private readonly repo: Repository<ResidencyRuleEntity>,
    private readonly jurisdictions: JurisdictionsService,
    private readonly reevaluation: ReevaluationService,
  ) {}

  list(): Promise<ResidencyRuleEntity[]> {
    return this.repo.find({ order: { dataClass: 'ASC' } });
  }

  async get(dataClass: string): Promise<ResidencyRuleEntity> {
    const r = await this.repo.findOneBy({ dataClass });
    if (!r) throw notFound('Residency rule', dataClass);
    return r;
  }

  /** Creates or replaces the rule of one data class; replacing needs the version read. */
  async put(
    dataClass: string,
    dto: PutResidencyRuleDto,
  ): Promise<{ rule: ResidencyRuleEntity; created: boolean }> {
    const countries = (xs: string[]) => xs.filter((x) => x !== 'EU' && x !== 'EEA');
    await this.jurisdictions.assertKnown(countries(dto.allowed), 'allowed');
    await this.jurisdictions.assertKnown(countries(dto.prohibited), 'prohibited');
    const overlap = dto.allowed.filter((x) => dto.prohibited.includes(x));
    if (overlap.length) {
      throw new DomainError('validation_failed', 'Request validation failed', [
        { field: 'prohibited', messages: [`also allowed: ${overlap.join(', ')}`] },
      ]);
    }
    const fields = {
      allowed: dto.allowed,
      prohibited: dto.prohibited,
      requiredMechanisms: dto.requiredMechanisms,
      note: dto.note ?? null,
    };
    const existing = await this.repo.findOneBy({ dataClass });
    let created = false;
    if (!existing) {
      if (dto.version !== undefined) throw notFound('Residency rule', dataClass);
      await this.repo.insert({ dataClass, ...fields });
      created = true;
    } else {
      if (dto.version === undefined) {
        throw new DomainError(
          'version_conflict',
          `A rule for ${dataClass} exists; send its version to replace it`,
          { currentVersion: existing.version },
        );
      }
      const res = await this.repo
        .createQueryBuilder()
        .update()
        .set(fields)
        .where('data_class = :dataClass AND version = :version', { dataClass, version: dto.version })
        .execute();
      if (res.affected !== 1) {
        throw new DomainError('version_conflict', `The rule for ${dataClass} was changed by someone else`, {
          currentVersion: existing.version,
        });
      }
    }
    // Residency rules feed every evaluation: decided reviews are re-run against the new rule.
    await this.reevaluation.scheduleAll('residency_changed');
    return { rule: await this.get(dataClass), created };
  }
}
