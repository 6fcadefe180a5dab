import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ScreeningFacts } from '../policies/engine/context';
import { normaliseListName } from '../policies/engine/derive';
import { ScreeningHitEntity, VendorScreeningEntity } from '../screening/screening.entity';
import type { LegalEntityEntity } from '../vendors/legal-entity.entity';
import type { VendorEntity } from '../vendors/vendor.entity';

export type ScreeningContext = ScreeningFacts & { listedEntityIds: Record<string, string[]> };

/**
 * The screening state an evaluation reads: the vendor's last screening with the list versions it used
 * (pinned into the evaluation snapshot). A vendor never screened is `not_screened` with unknown hits, so rules
 * that need list results come out unknown.
 */
@Injectable()
export class ScreeningContextProvider {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async forVendor(vendor: VendorEntity, _entities: LegalEntityEntity[]): Promise<ScreeningContext> {
    const screening = await this.db.getRepository(VendorScreeningEntity).findOneBy({ vendorId: vendor.id });
    if (!screening) return { status: 'not_screened', hits: null, listVersions: [], listedEntityIds: {} };
    const hits = await this.db
      .getRepository(ScreeningHitEntity)
      .find({ where: { vendorId: vendor.id, active: true }, order: { entryKey: 'ASC', id: 'ASC' } });
    const listedEntityIds: Record<string, string[]> = {};
    for (const h of hits) {
      if (h.disposition !== 'confirmed' || !h.legalEntityId) continue;
      (listedEntityIds[normaliseListName(h.list)] ??= []).push(h.legalEntityId);
    }
    return {
      status: screening.status,
      hits: hits.map((h) => {
        const entry = h.entry as { programs?: string[]; federalRegisterNotice?: string | null };
        return {
          entityName: h.subjectName,
          list: normaliseListName(h.list),
          programs: [...(entry.programs ?? [])].sort(),
          citation: entry.federalRegisterNotice ?? null,
          score: h.score,
          disposition: h.disposition,
        };
      }),
      listVersions: [...screening.listVersions].sort(),
      listedEntityIds,
    };
  }
}
