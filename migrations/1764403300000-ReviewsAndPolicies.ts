import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Policy packs, residency rules, reviews and their immutable evaluations, sign-offs, decision history,
 * webhooks and the append-only audit log.
 */
export class ReviewsAndPolicies1764403300000 implements MigrationInterface {
  name = 'ReviewsAndPolicies1764403300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE policy_packs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        pack_id varchar(100) NOT NULL,
        pack_version varchar(50) NOT NULL,
        description text NULL,
        content_hash char(64) NOT NULL,
        source_name varchar(300) NOT NULL,
        yaml text NOT NULL,
        rule_count integer NOT NULL,
        active boolean NOT NULL DEFAULT false,
        activated_at timestamptz NULL,
        activated_by varchar(200) NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_policy_packs_content_hash UNIQUE (content_hash)
      )`);
    // At most one active pack: the database, not the code, keeps that true under concurrent activations.
    await q.query(`CREATE UNIQUE INDEX uq_policy_packs_one_active ON policy_packs (active) WHERE active`);

    await q.query(`
      CREATE TABLE residency_rules (
        data_class varchar(40) PRIMARY KEY,
        allowed text[] NOT NULL DEFAULT '{}',
        prohibited text[] NOT NULL DEFAULT '{}',
        required_mechanisms text[] NOT NULL DEFAULT '{}',
        note text NULL,
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE reviews (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        idempotency_key varchar(200) NOT NULL,
        request_hash char(64) NOT NULL,
        submitted_by_key_id uuid NOT NULL REFERENCES api_keys(id),
        vendor_id uuid NOT NULL REFERENCES vendors(id),
        model_id uuid NOT NULL REFERENCES models(id),
        offering_id uuid NOT NULL REFERENCES offerings(id),
        self_hosted_region char(2) NULL REFERENCES jurisdictions(alpha2),
        use_case jsonb NOT NULL,
        callback_url varchar(2000) NULL,
        callback_secret varchar(100) NULL,
        status varchar(20) NOT NULL DEFAULT 'submitted'
          CONSTRAINT ck_reviews_status CHECK (status IN ('submitted','queued','evaluating','decided')),
        decision varchar(40) NULL
          CONSTRAINT ck_reviews_decision CHECK (decision IN ('approved','approved_with_conditions','needs_information','rejected')),
        sign_off_state varchar(20) NULL CONSTRAINT ck_reviews_sign_off CHECK (sign_off_state IN ('signed_off','overridden')),
        current_evaluation_id uuid NULL,
        pending_run_id uuid NULL,
        pending_trigger varchar(30) NULL,
        pending_since timestamptz NULL,
        expires_at timestamptz NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_reviews_idempotency UNIQUE (submitted_by_key_id, idempotency_key)
      )`);
    await q.query(`CREATE INDEX ix_reviews_status ON reviews (status)`);
    await q.query(`CREATE INDEX ix_reviews_vendor ON reviews (vendor_id)`);
    await q.query(
      `CREATE INDEX ix_reviews_pending ON reviews (pending_since) WHERE pending_run_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX ix_reviews_expires ON reviews (expires_at) WHERE status = 'decided'`);

    await q.query(`
      CREATE TABLE evaluations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        review_id uuid NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
        run_id uuid NOT NULL,
        trigger varchar(30) NOT NULL,
        pack_hash char(64) NOT NULL,
        snapshot jsonb NOT NULL,
        snapshot_hash char(64) NOT NULL,
        result jsonb NOT NULL,
        decision varchar(40) NOT NULL,
        score numeric(5,1) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        -- A job that runs twice (at-least-once delivery) produces one evaluation.
        CONSTRAINT uq_evaluations_run UNIQUE (run_id)
      )`);
    await q.query(`CREATE INDEX ix_evaluations_review ON evaluations (review_id, created_at)`);
    await q.query(
      `ALTER TABLE reviews ADD CONSTRAINT fk_reviews_current_evaluation FOREIGN KEY (current_evaluation_id) REFERENCES evaluations(id)`,
    );
    // Evaluations are immutable: the database refuses updates.
    await q.query(`
      CREATE FUNCTION forbid_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION '% rows are immutable', TG_TABLE_NAME USING ERRCODE = '55000'; END $$`);
    await q.query(
      `CREATE TRIGGER tr_evaluations_immutable BEFORE UPDATE ON evaluations FOR EACH ROW EXECUTE FUNCTION forbid_update()`,
    );

    await q.query(`
      CREATE TABLE decision_changes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        review_id uuid NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
        evaluation_id uuid NOT NULL REFERENCES evaluations(id),
        from_decision varchar(40) NULL,
        to_decision varchar(40) NOT NULL,
        trigger varchar(30) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_decision_changes_evaluation UNIQUE (evaluation_id)
      )`);
    await q.query(`CREATE INDEX ix_decision_changes_review ON decision_changes (review_id, created_at)`);

    await q.query(`
      CREATE TABLE sign_offs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        review_id uuid NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
        evaluation_id uuid NOT NULL REFERENCES evaluations(id),
        action varchar(20) NOT NULL CONSTRAINT ck_sign_offs_action CHECK (action IN ('sign_off','override')),
        decision varchar(40) NOT NULL,
        justification text NOT NULL,
        by_key_id uuid NOT NULL REFERENCES api_keys(id),
        by_name varchar(100) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_sign_offs_review ON sign_offs (review_id, created_at)`);

    await q.query(`
      CREATE TABLE webhook_subscriptions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        url varchar(2000) NOT NULL,
        secret varchar(100) NOT NULL,
        events text[] NOT NULL DEFAULT '{review.decision_changed}',
        active boolean NOT NULL DEFAULT true,
        created_by_key_id uuid NULL REFERENCES api_keys(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE webhook_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        subscription_id uuid NULL REFERENCES webhook_subscriptions(id) ON DELETE CASCADE,
        review_id uuid NULL REFERENCES reviews(id) ON DELETE CASCADE,
        dedupe_key varchar(200) NOT NULL,
        event varchar(60) NOT NULL,
        url varchar(2000) NOT NULL,
        payload jsonb NOT NULL,
        status varchar(20) NOT NULL DEFAULT 'pending'
          CONSTRAINT ck_webhook_deliveries_status CHECK (status IN ('pending','delivered','failed','refused')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text NULL,
        last_status_code integer NULL,
        delivered_at timestamptz NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_webhook_deliveries_dedupe UNIQUE (dedupe_key)
      )`);
    await q.query(
      `CREATE INDEX ix_webhook_deliveries_pending ON webhook_deliveries (created_at) WHERE status = 'pending'`,
    );

    await q.query(`
      CREATE TABLE audit_events (
        seq bigserial PRIMARY KEY,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        at timestamptz NOT NULL DEFAULT now(),
        actor_key_id uuid NULL,
        actor_name varchar(200) NOT NULL,
        action varchar(100) NOT NULL,
        subject_type varchar(60) NOT NULL,
        subject_id varchar(100) NULL,
        data jsonb NOT NULL DEFAULT '{}',
        prev_hash char(64) NOT NULL,
        hash char(64) NOT NULL,
        CONSTRAINT uq_audit_events_id UNIQUE (id)
      )`);
    await q.query(
      `CREATE TRIGGER tr_audit_events_immutable BEFORE UPDATE OR DELETE ON audit_events FOR EACH ROW EXECUTE FUNCTION forbid_update()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_events`);
    await q.query(`DROP TABLE webhook_deliveries`);
    await q.query(`DROP TABLE webhook_subscriptions`);
    await q.query(`DROP TABLE sign_offs`);
    await q.query(`DROP TABLE decision_changes`);
    await q.query(`ALTER TABLE reviews DROP CONSTRAINT fk_reviews_current_evaluation`);
    await q.query(`DROP TABLE evaluations`);
    await q.query(`DROP FUNCTION forbid_update() CASCADE`);
    await q.query(`DROP TABLE reviews`);
    await q.query(`DROP TABLE residency_rules`);
    await q.query(`DROP TABLE policy_packs`);
  }
}
