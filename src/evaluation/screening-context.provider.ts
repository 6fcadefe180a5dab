import { Injectable } from '@nestjs/common';
import type { ScreeningFacts } from '../policies/engine/context';
import type { LegalEntityEntity } from '../vendors/legal-entity.entity';
import type { VendorEntity } from '../vendors/vendor.entity';

/**
 * The screening state the evaluation reads. Until list screening runs for a vendor, the honest answer is
 * `not_screened`: rules that need list results come out unknown (curated designations still count).
 */
@Injectable()
export class ScreeningContextProvider {
  forVendor(
    _vendor: VendorEntity,
    _entities: LegalEntityEntity[],
  ): Promise<ScreeningFacts & { listedEntityIds: Record<string, string[]> }> {
    return Promise.resolve({ status: 'not_screened', hits: null, listVersions: [], listedEntityIds: {} });
  }
}
