import { DataSource, EntityManager, ObjectLiteral } from 'typeorm';
import { canonicalJson } from '../common/canonical-json';
import { JurisdictionEntity } from '../jurisdictions/jurisdiction.entity';
import { ModelEntity } from '../models/model.entity';
import { OfferingEntity } from '../models/offering.entity';
import { LegalEntityEntity, OwnershipEdge } from '../vendors/legal-entity.entity';
import { VendorEntity } from '../vendors/vendor.entity';
import { SEED_VENDORS } from './data/vendors';
import { buildJurisdictions } from './jurisdictions.seed';
import type { SeedVendor } from './seed-types';

export interface SeedCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

/** Seeded values compare by content; undefined and null count as the same absence. */
function withoutAbsent(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutAbsent);
  if (v !== null && typeof v === 'object' && !(v instanceof Date)) {
    return Object.fromEntries(
      Object.entries(v as Record<string, unknown>)
        .filter(([, x]) => x !== null && x !== undefined)
        .map(([k, x]) => [k, withoutAbsent(x)]),
    );
  }
  return v ?? null;
}
const canonical = (v: unknown) => canonicalJson(withoutAbsent(v));

/**
 * Inserts the row, or updates it only where the seeded fields differ — so a second run changes nothing
 * (no version bump, no updated_at), and hand edits to fields the seed does not own survive.
 */
async function upsert<T extends ObjectLiteral>(
  em: EntityManager,
  cls: new () => T,
  where: Partial<T>,
  fields: Partial<T>,
  counts: SeedCounts,
): Promise<T> {
  const repo = em.getRepository(cls);
  const existing = await repo.findOneBy(where as never);
  if (!existing) {
    counts.inserted++;
    return repo.save(repo.create({ ...where, ...fields } as T));
  }
  const changed = Object.keys(fields).filter(
    (k) =>
      canonical((existing as Record<string, unknown>)[k]) !==
      canonical((fields as Record<string, unknown>)[k]),
  );
  if (changed.length === 0) {
    counts.unchanged++;
    return existing;
  }
  counts.updated++;
  const patch = Object.fromEntries(changed.map((k) => [k, (fields as Record<string, unknown>)[k]]));
  await repo.update(where as never, patch as never);
  return (await repo.findOneBy(where as never))!;
}

async function seedVendor(em: EntityManager, v: SeedVendor, counts: SeedCounts): Promise<void> {
  const { key, entities, models, ...facts } = v;
  const vendor = await upsert(
    em,
    VendorEntity,
    { slug: key },
    { ...facts, nativeName: facts.nativeName ?? null, website: facts.website ?? null },
    counts,
  );

  // Entities first without owners, then owners once every key has an id.
  const ids = new Map<string, string>();
  for (const e of entities) {
    const row = await upsert(
      em,
      LegalEntityEntity,
      { vendorId: vendor.id, slug: e.key },
      {
        name: e.name,
        nativeName: e.nativeName ?? null,
        aliases: e.aliases ?? [],
        country: e.country,
        roles: e.roles,
        status: e.status,
        source: e.source ?? null,
      },
      counts,
    );
    ids.set(e.key, row.id);
  }
  const idOf = (k: string) => {
    const id = ids.get(k);
    if (!id) throw new Error(`seed: vendor ${key} refers to unknown entity key ${k}`);
    return id;
  };
  for (const e of entities) {
    const owners: OwnershipEdge[] = e.owners.map((o) => ({
      ownerEntityId: idOf(o.ownerKey),
      percent: o.percent.value,
      status: o.percent.status,
      ...(o.percent.source ? { source: o.percent.source } : {}),
    }));
    await upsert(
      em,
      LegalEntityEntity,
      { vendorId: vendor.id, slug: e.key },
      { owners },
      { inserted: 0, updated: 0, unchanged: 0 },
    );
  }

  for (const m of models) {
    const { key: mkey, offerings, version, ...mfacts } = m;
    const model = await upsert(
      em,
      ModelEntity,
      { vendorId: vendor.id, slug: mkey },
      { ...mfacts, modelVersion: version ?? null, isOpenWeights: mfacts.openWeights.value ?? null },
      counts,
    );
    for (const o of offerings) {
      const { key: okey, contractingEntityKey, ...ofacts } = o;
      await upsert(
        em,
        OfferingEntity,
        { modelId: model.id, slug: okey },
        {
          ...ofacts,
          host: ofacts.host ?? null,
          endpoint: ofacts.endpoint ?? null,
          priceAsOf: ofacts.priceAsOf ?? null,
          dataHandling: ofacts.dataHandling ?? {},
          contractingEntityId: contractingEntityKey ? idOf(contractingEntityKey) : null,
        },
        counts,
      );
    }
  }
}

/** Loads the reference data: 249 jurisdictions and the seeded AI providers. Idempotent. */
export async function runSeed(ds: DataSource): Promise<{ jurisdictions: SeedCounts; registry: SeedCounts }> {
  return ds.transaction(async (em) => {
    const jurisdictions: SeedCounts = { inserted: 0, updated: 0, unchanged: 0 };
    for (const j of buildJurisdictions()) {
      const { alpha2, ...rest } = j;
      await upsert(em, JurisdictionEntity, { alpha2 }, rest, jurisdictions);
    }
    const registry: SeedCounts = { inserted: 0, updated: 0, unchanged: 0 };
    for (const v of SEED_VENDORS) await seedVendor(em, v, registry);
    return { jurisdictions, registry };
  });
}
