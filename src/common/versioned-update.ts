import { ObjectLiteral, Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { DomainError, notFound } from './errors';

/**
 * `@VersionColumn` alone does not stop lost updates (typeorm#2848): the update must say
 * `WHERE version = :expected` and exactly one row must change, or the caller held a stale copy.
 */
export async function updateWithVersion<T extends ObjectLiteral & { id: string; version: number }>(
  repo: Repository<T>,
  what: string,
  id: string,
  expectedVersion: number,
  patch: QueryDeepPartialEntity<T>,
): Promise<T> {
  const result = await repo
    .createQueryBuilder()
    .update()
    .set(patch)
    .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
    .execute();
  const current = await repo.findOneBy({ id } as never);
  if (!current) throw notFound(what, id);
  if (result.affected !== 1) {
    throw new DomainError(
      'version_conflict',
      `${what} ${id} was changed by someone else; reload it and retry`,
      {
        expectedVersion,
        currentVersion: current.version,
      },
    );
  }
  return current;
}

/** A URL-safe slug from a name; names in other scripts get a random suffix instead of an empty slug. */
export function slugify(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return base || `x-${Math.random().toString(16).slice(2, 10)}`;
}
