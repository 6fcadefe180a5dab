import { join } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

const root = join(__dirname, '..', '..');

/**
 * One definition of the connection for the app, the worker, the TypeORM CLI and the tests.
 * `synchronize` is off everywhere: the schema is the migrations.
 */
export function dataSourceOptions(databaseUrl: string): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    synchronize: false,
    migrationsRun: false,
    entities: [join(root, 'src', '**', '*.entity.{ts,js}')],
    migrations: [join(root, 'migrations', '*.{ts,js}')],
    migrationsTableName: 'schema_migrations',
    namingStrategy: new SnakeNamingStrategy(),
    // A `where` with undefined/null must not silently match every row (GHSA-44pv-34gx-q9p4).
    // TypeORM 1.x throws by default; stated here so nobody relaxes it by accident.
    invalidWhereValuesBehavior: { null: 'throw', undefined: 'throw' },
    extra: { max: 10, application_name: 'ai-vendor-risk' },
    logging: ['error'],
  };
}
