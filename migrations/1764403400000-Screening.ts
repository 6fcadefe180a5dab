import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Restricted-party screening: uploaded list files, their imports, versioned list entries, per-vendor
 * screening results and hits whose dispositions survive re-screening.
 */
export class Screening1764403400000 implements MigrationInterface {
  name = 'Screening1764403400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE screening_imports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        format varchar(20) NOT NULL CONSTRAINT ck_screening_imports_format CHECK (format IN ('csl-csv','csl-json','ofac-sdn-csv','ofac-cons-csv')),
        source varchar(40) NOT NULL,
        status varchar(20) NOT NULL DEFAULT 'queued'
          CONSTRAINT ck_screening_imports_status CHECK (status IN ('queued','running','completed','failed')),
        rows_read integer NOT NULL DEFAULT 0,
        rows_total integer NULL,
        published_on date NULL,
        files jsonb NOT NULL,
        error jsonb NULL,
        list_version_id uuid NULL,
        created_by_key_id uuid NULL REFERENCES api_keys(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz NULL,
        finished_at timestamptz NULL
      )`);
    await q.query(
      `CREATE INDEX ix_screening_imports_pending ON screening_imports (created_at) WHERE status IN ('queued','running')`,
    );

    // Uploaded files are kept in Postgres so any worker can run the import and nothing is lost with a process.
    await q.query(`
      CREATE TABLE screening_import_files (
        import_id uuid NOT NULL REFERENCES screening_imports(id) ON DELETE CASCADE,
        name varchar(200) NOT NULL,
        content bytea NOT NULL,
        PRIMARY KEY (import_id, name)
      )`);

    await q.query(`
      CREATE TABLE list_versions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        source varchar(40) NOT NULL,
        format varchar(20) NOT NULL,
        published_on date NULL,
        retrieved_at timestamptz NOT NULL DEFAULT now(),
        row_count integer NOT NULL,
        content_hash char(64) NOT NULL,
        is_current boolean NOT NULL DEFAULT false,
        import_id uuid NULL REFERENCES screening_imports(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_list_versions_current ON list_versions (source) WHERE is_current`);
    await q.query(`CREATE INDEX ix_list_versions_source ON list_versions (source, created_at)`);
    await q.query(
      `ALTER TABLE screening_imports ADD CONSTRAINT fk_screening_imports_version FOREIGN KEY (list_version_id) REFERENCES list_versions(id) ON DELETE SET NULL`,
    );

    await q.query(`
      CREATE TABLE list_entries (
        id bigserial PRIMARY KEY,
        version_id uuid NOT NULL REFERENCES list_versions(id) ON DELETE CASCADE,
        entry_key varchar(200) NOT NULL,
        list varchar(100) NOT NULL,
        entity_number varchar(100) NOT NULL,
        name text NOT NULL,
        data jsonb NOT NULL,
        content_hash char(64) NOT NULL,
        CONSTRAINT uq_list_entries_version_key UNIQUE (version_id, entry_key)
      )`);

    await q.query(`
      CREATE TABLE vendor_screenings (
        vendor_id uuid PRIMARY KEY REFERENCES vendors(id) ON DELETE CASCADE,
        status varchar(20) NOT NULL CONSTRAINT ck_vendor_screenings_status CHECK (status IN ('confirmed','potential','clear')),
        list_versions jsonb NOT NULL,
        names_screened integer NOT NULL,
        result_hash char(64) NOT NULL,
        screened_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE screening_hits (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        vendor_id uuid NOT NULL REFERENCES vendors(id) ON DELETE CASCADE,
        legal_entity_id uuid NULL REFERENCES legal_entities(id) ON DELETE CASCADE,
        subject_name varchar(300) NOT NULL,
        queried_name varchar(300) NOT NULL,
        entry_key varchar(200) NOT NULL,
        list varchar(100) NOT NULL,
        entity_number varchar(100) NOT NULL,
        entry_name text NOT NULL,
        matched_name text NOT NULL,
        score numeric(5,4) NOT NULL,
        matched_tokens jsonb NOT NULL,
        entry jsonb NOT NULL,
        entry_hash char(64) NOT NULL,
        list_version_id uuid NOT NULL REFERENCES list_versions(id) ON DELETE CASCADE,
        active boolean NOT NULL DEFAULT true,
        disposition varchar(20) NULL CONSTRAINT ck_screening_hits_disposition CHECK (disposition IN ('confirmed','false_positive')),
        disposition_reason text NULL,
        disposition_by varchar(100) NULL,
        disposition_at timestamptz NULL,
        disposition_entry_hash char(64) NULL,
        reopened_reason text NULL,
        first_seen_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One hit per (vendor, legal entity or the vendor itself, list entry): re-screening updates it in place.
    await q.query(
      `CREATE UNIQUE INDEX uq_screening_hits_subject_entry ON screening_hits (vendor_id, coalesce(legal_entity_id, '00000000-0000-0000-0000-000000000000'::uuid), entry_key)`,
    );
    await q.query(`CREATE INDEX ix_screening_hits_vendor ON screening_hits (vendor_id) WHERE active`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE screening_hits`);
    await q.query(`DROP TABLE vendor_screenings`);
    await q.query(`DROP TABLE list_entries`);
    await q.query(`ALTER TABLE screening_imports DROP CONSTRAINT fk_screening_imports_version`);
    await q.query(`DROP TABLE list_versions`);
    await q.query(`DROP TABLE screening_import_files`);
    await q.query(`DROP TABLE screening_imports`);
  }
}
