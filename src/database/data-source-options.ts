import { join } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import { ApiKeyEntity } from '../api-keys/api-key.entity';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { JurisdictionEntity } from '../jurisdictions/jurisdiction.entity';
import { ModelEntity } from '../models/model.entity';
import { OfferingEntity } from '../models/offering.entity';
import { PolicyPackEntity } from '../policies/policy-pack.entity';
import { ReportEntity } from '../reports/report.entity';
import { ResidencyRuleEntity } from '../residency/residency-rule.entity';
import { DecisionChangeEntity } from '../reviews/decision-change.entity';
import { EvaluationEntity } from '../reviews/evaluation.entity';
import { ReviewEntity } from '../reviews/review.entity';
import { SignOffEntity } from '../reviews/sign-off.entity';
import {
  ListVersionEntity,
  ScreeningHitEntity,
  ScreeningImportEntity,
  VendorScreeningEntity,
} from '../screening/screening.entity';
import { LegalEntityEntity } from '../vendors/legal-entity.entity';
import { VendorEntity } from '../vendors/vendor.entity';
import { WebhookDeliveryEntity, WebhookSubscriptionEntity } from '../webhooks/webhook.entity';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** Every entity, listed rather than globbed: a new file cannot silently go unmapped, in any module system. */
const ENTITIES = [
  ApiKeyEntity,
  AuditEventEntity,
  JurisdictionEntity,
  VendorEntity,
  LegalEntityEntity,
  ModelEntity,
  OfferingEntity,
  PolicyPackEntity,
  ResidencyRuleEntity,
  ReviewEntity,
  EvaluationEntity,
  DecisionChangeEntity,
  SignOffEntity,
  WebhookSubscriptionEntity,
  WebhookDeliveryEntity,
  ScreeningImportEntity,
  ListVersionEntity,
  VendorScreeningEntity,
  ScreeningHitEntity,
  ReportEntity,
];

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
    entities: ENTITIES,
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
