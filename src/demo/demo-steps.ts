import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { importContentHash } from '../screening/list-import.service';

/** The published list files the demo screens against (the project's shared data; override with DEMO_LISTS_DIR). */
const LIST_SETS = [
  { format: 'ofac-sdn-csv', dir: 'ofac_sdn_2024-05-03', files: ['sdn.csv'], publishedOn: '2024-05-03' },
  {
    format: 'ofac-cons-csv',
    dir: 'ofac_consolidated_nonsdn_2025-12_watchman',
    files: ['cons_prim.csv', 'cons_alt.csv', 'cons_add.csv', 'cons_comments.csv'],
    publishedOn: null,
  },
  {
    format: 'csl-csv',
    dir: 'trade_gov_csl_samples',
    files: ['consolidated_2025-06_watchman_subset.csv'],
    publishedOn: null,
  },
] as const;

/**
 * Imports each list set through the API unless a version with the same files is already current, and waits
 * for the worker to finish and re-screen every vendor.
 */
export async function importDemoLists(app: NestFastifyApplication, adminKey: string): Promise<void> {
  const root = resolve(process.env.DEMO_LISTS_DIR ?? join('..', 'shared', 'data', 'lists'));
  if (!existsSync(root)) {
    process.stdout.write(`No list files at ${root}: vendors stay not screened (set DEMO_LISTS_DIR).\n`);
    return;
  }
  const ds = app.get(DataSource);
  for (const set of LIST_SETS) {
    const files = set.files.map((f) => ({ name: f, content: readFileSync(join(root, set.dir, f)) }));
    const hash = importContentHash(files);
    const current = (await ds.query('SELECT 1 FROM list_versions WHERE is_current AND content_hash = $1', [
      hash,
    ])) as unknown[];
    if (current.length) continue;
    const form = new FormData();
    form.append('format', set.format);
    if (set.publishedOn) form.append('publishedOn', set.publishedOn);
    for (const f of files) form.append('files', new Blob([f.content]), f.name);
    const body = new Response(form);
    const res = await app.inject({
      method: 'POST',
      url: '/v1/screening/imports',
      headers: { authorization: `Bearer ${adminKey}`, 'content-type': body.headers.get('content-type')! },
      payload: Buffer.from(await body.arrayBuffer()),
    });
    if (res.statusCode !== 202) throw new Error(`import of ${set.dir} refused: ${res.body}`);
    const id = res.json<{ id: string }>().id;
    for (;;) {
      const view = (
        await app.inject({
          method: 'GET',
          url: `/v1/screening/imports/${id}`,
          headers: { authorization: `Bearer ${adminKey}` },
        })
      ).json<{ status: string; rowsRead: number; error: unknown }>();
      if (view.status === 'completed') {
        process.stdout.write(`Imported ${set.dir}: ${view.rowsRead} entries\n`);
        break;
      }
      if (view.status === 'failed')
        throw new Error(`import of ${set.dir} failed: ${JSON.stringify(view.error)}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  // Every vendor screened against the current lists before the reviews are decided.
  const until = Date.now() + 120_000;
  for (;;) {
    const [row] = (await ds.query(
      `SELECT count(*)::int AS pending FROM vendors v LEFT JOIN vendor_screenings s ON s.vendor_id = v.id
        WHERE s.vendor_id IS NULL OR s.screened_at < (SELECT max(created_at) FROM list_versions WHERE is_current)`,
    )) as { pending: number }[];
    if (row!.pending === 0) break;
    if (Date.now() > until) throw new Error('vendors were not re-screened within two minutes');
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Waits for each review's current report and writes it to `dir`; returns the paths. */
export async function writeReports(
  app: NestFastifyApplication,
  reviewIds: string[],
  dir: string,
): Promise<string[]> {
  const ds = app.get(DataSource);
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  const until = Date.now() + 300_000;
  for (const id of reviewIds) {
    for (;;) {
      const [row] = (await ds.query(
        `SELECT rp.status, rp.pdf, v.slug, r.use_case->>'name' AS use_case FROM reviews r JOIN vendors v ON v.id = r.vendor_id
           LEFT JOIN reports rp ON rp.evaluation_id = r.current_evaluation_id WHERE r.id = $1`,
        [id],
      )) as { status: string | null; pdf: Buffer | null; slug: string; use_case: string }[];
      if (row?.status === 'ready' && row.pdf) {
        const name = `${row.slug}_${row.use_case.toLowerCase().replace(/[^a-z0-9]+/g, '-')}_${id.slice(0, 8)}.pdf`;
        writeFileSync(join(dir, name), row.pdf);
        paths.push(join(dir, name));
        break;
      }
      if (row?.status === 'failed') throw new Error(`report of review ${id} failed to render`);
      if (Date.now() > until) throw new Error(`report of review ${id} not ready within five minutes`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return paths;
}

/**
 * The demo decides with the pack as shipped: if an older default pack is active (the database outlived an
 * upgrade), the shipped one is activated through the API, which also re-evaluates decided reviews.
 */
export async function activateShippedPack(
  app: NestFastifyApplication,
  adminKey: string,
  policiesDir: string,
): Promise<void> {
  const yaml = readFileSync(join(resolve(policiesDir), 'default.yaml'), 'utf8');
  const res = await app.inject({
    method: 'POST',
    url: '/v1/policies/validate?name=default.yaml',
    headers: { authorization: `Bearer ${adminKey}`, 'content-type': 'application/yaml' },
    payload: yaml,
  });
  const hash = res.json<{ contentHash: string }>().contentHash;
  const active = (await app.get(DataSource).query('SELECT content_hash FROM policy_packs WHERE active')) as {
    content_hash: string;
  }[];
  if (active[0]?.content_hash === hash) return;
  const activated = await app.inject({
    method: 'POST',
    url: '/v1/policies?name=default.yaml',
    headers: { authorization: `Bearer ${adminKey}`, 'content-type': 'application/yaml' },
    payload: yaml,
  });
  if (activated.statusCode !== 201) throw new Error(`activating the shipped pack failed: ${activated.body}`);
  process.stdout.write(`Activated the shipped policy pack (${hash.slice(0, 12)})\n`);
}
