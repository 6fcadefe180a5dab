import { MigrationInterface, QueryRunner } from 'typeorm';

/** PDF risk reports and their JSON twins, one per evaluation, with the SHA-256 re-checked on download. */
export class Reports1764403500000 implements MigrationInterface {
  name = 'Reports1764403500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        evaluation_id uuid NOT NULL REFERENCES evaluations(id) ON DELETE CASCADE,
        review_id uuid NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
        status varchar(20) NOT NULL DEFAULT 'pending' CONSTRAINT ck_reports_status CHECK (status IN ('pending','ready','failed')),
        template_hash char(64) NULL,
        pdf bytea NULL,
        pdf_sha256 char(64) NULL,
        pages integer NULL,
        json jsonb NULL,
        input jsonb NULL,
        error text NULL,
        attempts integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        rendered_at timestamptz NULL,
        CONSTRAINT uq_reports_evaluation UNIQUE (evaluation_id)
      )`);
    await q.query(`CREATE INDEX ix_reports_review ON reports (review_id, created_at)`);
    await q.query(`CREATE INDEX ix_reports_pending ON reports (created_at) WHERE status = 'pending'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE reports`);
  }
}
