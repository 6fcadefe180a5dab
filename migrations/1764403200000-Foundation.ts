import { MigrationInterface, QueryRunner } from 'typeorm';

/** API keys and the AI-provider registry: jurisdictions, vendors, legal entities, models, offerings. */
export class Foundation1764403200000 implements MigrationInterface {
  name = 'Foundation1764403200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await q.query(`
      CREATE TABLE api_keys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(100) NOT NULL,
        role varchar(32) NOT NULL CONSTRAINT ck_api_keys_role CHECK (role IN ('admin','compliance_officer','legal','procurement')),
        prefix varchar(16) NOT NULL,
        key_hash char(64) NOT NULL,
        created_by_key_id uuid NULL REFERENCES api_keys(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz NULL,
        last_used_at timestamptz NULL,
        CONSTRAINT uq_api_keys_key_hash UNIQUE (key_hash)
      )`);

    await q.query(`
      CREATE TABLE jurisdictions (
        alpha2 char(2) PRIMARY KEY CONSTRAINT ck_jurisdictions_alpha2 CHECK (alpha2 ~ '^[A-Z]{2}$'),
        alpha3 char(3) NOT NULL,
        numeric char(3) NOT NULL,
        name varchar(200) NOT NULL,
        official_name varchar(300) NULL,
        region varchar(100) NULL,
        sub_region varchar(100) NULL,
        eu_member boolean NOT NULL DEFAULT false,
        eea_member boolean NOT NULL DEFAULT false,
        eu_adequacy jsonb NULL,
        doj_country_of_concern jsonb NOT NULL,
        foreign_adversary jsonb NOT NULL,
        data_protection_law varchar(300) NULL,
        government_access_laws jsonb NOT NULL DEFAULT '[]',
        sanctions_programs text[] NOT NULL DEFAULT '{}',
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE vendors (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(100) NOT NULL,
        name varchar(300) NOT NULL,
        native_name varchar(300) NULL,
        aliases text[] NOT NULL DEFAULT '{}',
        official_domains text[] NOT NULL DEFAULT '{}',
        hq_country char(2) NOT NULL REFERENCES jurisdictions(alpha2),
        website varchar(500) NULL,
        certifications jsonb NOT NULL DEFAULT '[]',
        data_handling jsonb NOT NULL DEFAULT '{}',
        designations jsonb NOT NULL DEFAULT '[]',
        public_bans jsonb NOT NULL DEFAULT '[]',
        allegations jsonb NOT NULL DEFAULT '[]',
        gpai_code_signatory jsonb NOT NULL DEFAULT '{"value":null,"status":"unknown"}',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_vendors_slug UNIQUE (slug)
      )`);
    await q.query(`CREATE INDEX ix_vendors_hq_country ON vendors (hq_country)`);

    await q.query(`
      CREATE TABLE legal_entities (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        vendor_id uuid NOT NULL REFERENCES vendors(id) ON DELETE CASCADE,
        slug varchar(100) NOT NULL,
        name varchar(300) NOT NULL,
        native_name varchar(300) NULL,
        aliases text[] NOT NULL DEFAULT '{}',
        country char(2) NOT NULL REFERENCES jurisdictions(alpha2),
        roles text[] NOT NULL DEFAULT '{}',
        owners jsonb NOT NULL DEFAULT '[]',
        status varchar(16) NOT NULL DEFAULT 'unknown'
          CONSTRAINT ck_legal_entities_status CHECK (status IN ('official','secondary','unverified','unknown')),
        source jsonb NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_legal_entities_vendor_slug UNIQUE (vendor_id, slug)
      )`);
    await q.query(`CREATE INDEX ix_legal_entities_vendor ON legal_entities (vendor_id)`);

    await q.query(`
      CREATE TABLE models (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        vendor_id uuid NOT NULL REFERENCES vendors(id) ON DELETE CASCADE,
        slug varchar(100) NOT NULL,
        name varchar(300) NOT NULL,
        model_version varchar(200) NULL,
        release_date jsonb NOT NULL,
        open_weights jsonb NOT NULL,
        is_open_weights boolean NULL,
        license jsonb NOT NULL,
        params_total_b jsonb NOT NULL,
        params_active_b jsonb NOT NULL,
        context_window jsonb NOT NULL,
        modalities text[] NOT NULL DEFAULT '{}',
        training_hardware jsonb NOT NULL,
        benchmarks jsonb NOT NULL DEFAULT '[]',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_models_vendor_slug UNIQUE (vendor_id, slug)
      )`);
    await q.query(`CREATE INDEX ix_models_vendor ON models (vendor_id)`);
    await q.query(`CREATE INDEX ix_models_open_weights ON models (is_open_weights)`);

    await q.query(`
      CREATE TABLE offerings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        model_id uuid NOT NULL REFERENCES models(id) ON DELETE CASCADE,
        slug varchar(100) NOT NULL,
        name varchar(300) NOT NULL,
        mode varchar(32) NOT NULL CONSTRAINT ck_offerings_mode CHECK (mode IN ('vendor_api','cloud_marketplace','self_hosted')),
        host varchar(200) NULL,
        contracting_entity_id uuid NULL REFERENCES legal_entities(id) ON DELETE SET NULL,
        storage_regions jsonb NOT NULL,
        inference_regions jsonb NOT NULL,
        price_input_per_1m jsonb NOT NULL,
        price_output_per_1m jsonb NOT NULL,
        currency varchar(3) NOT NULL CONSTRAINT ck_offerings_currency CHECK (currency ~ '^[A-Z]{3}$'),
        price_as_of date NULL,
        endpoint varchar(500) NULL,
        data_handling jsonb NOT NULL DEFAULT '{}',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_offerings_model_slug UNIQUE (model_id, slug)
      )`);
    await q.query(`CREATE INDEX ix_offerings_model ON offerings (model_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE offerings`);
    await q.query(`DROP TABLE models`);
    await q.query(`DROP TABLE legal_entities`);
    await q.query(`DROP TABLE vendors`);
    await q.query(`DROP TABLE jurisdictions`);
    await q.query(`DROP TABLE api_keys`);
  }
}
