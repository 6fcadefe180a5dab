import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/auth';
import { hashOf, sha256 } from '../common/canonical-json';
import { DomainError, notFound } from '../common/errors';
import { ListEntry, ListParseError } from './parsers/list-entry';
import { countRows, parseCslCsv, parseCslJson, parseOfacSet, recogniseOfacFiles } from './parsers';
import { ImportFormat, IMPORT_FORMATS, ScreeningImportEntity, SOURCE_OF_FORMAT } from './screening.entity';

export interface UploadedFile {
  name: string;
  content: Buffer;
}

const BATCH = 500;

/** The content hash of a list version: its files in name order, each name with the SHA-256 of its bytes. */
export function importContentHash(files: readonly UploadedFile[]): string {
  return sha256(
    [...files]
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .map((f) => `${f.name}\n${sha256(f.content)}`)
      .join('\n'),
  );
}

/** Who asked for an import: an API key, or the service itself (the list watcher). */
export type ImportActor = Principal | { name: string; keyId?: null };

/**
 * Imports published list files as a new list version. The upload is stored in Postgres first and parsed by
 * a worker, streaming; the version becomes current only when every row parsed, so a malformed file leaves
 * the previous version current and names the line that failed.
 */
@Injectable()
export class ListImportService {
  private readonly logger = new Logger(ListImportService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectQueue('screening') private readonly queue: Queue,
    private readonly audit: AuditService,
  ) {}

  async create(
    format: string,
    files: UploadedFile[],
    publishedOn: string | null,
    who: ImportActor,
  ): Promise<ScreeningImportEntity> {
    const fail = (field: string, message: string) =>
      new DomainError('validation_failed', 'Request validation failed', [{ field, messages: [message] }]);
    if (!(IMPORT_FORMATS as readonly string[]).includes(format))
      throw fail('format', `must be one of ${IMPORT_FORMATS.join(', ')}`);
    if (files.length === 0) throw fail('files', 'at least one file is required');
    if (new Set(files.map((f) => f.name.toLowerCase())).size !== files.length)
      throw fail('files', 'file names must be unique');
    if (format === 'ofac-sdn-csv' || format === 'ofac-cons-csv') {
      try {
        const roles = recogniseOfacFiles(files.map((f) => f.name));
        if (!roles.primary) throw new Error('the primary file (sdn.csv or cons_prim.csv) is missing');
      } catch (e) {
        throw fail('files', (e as Error).message);
      }
    } else if (files.length !== 1) {
      throw fail('files', 'a CSL import takes exactly one file');
    }
    if (publishedOn && !/^\d{4}-\d{2}-\d{2}$/.test(publishedOn))
      throw fail('publishedOn', 'must be an ISO date (YYYY-MM-DD)');

    const saved = await this.db.transaction(async (em) => {
      const row = await em.getRepository(ScreeningImportEntity).save(
        em.getRepository(ScreeningImportEntity).create({
          format: format as ImportFormat,
          source: SOURCE_OF_FORMAT[format as ImportFormat],
          status: 'queued',
          rowsRead: 0,
          rowsTotal: null,
          publishedOn,
          files: files.map((f) => ({ name: f.name, bytes: f.content.length, sha256: sha256(f.content) })),
          createdByKeyId: who.keyId ?? null,
        }),
      );
      for (const f of files) {
        await em.query('INSERT INTO screening_import_files (import_id, name, content) VALUES ($1, $2, $3)', [
          row.id,
          f.name,
          f.content,
        ]);
      }
      await this.audit.record(
        {
          actor: who,
          action: 'screening.import_requested',
          subjectType: 'screening_import',
          subjectId: row.id,
          data: { format, files: row.files },
        },
        em,
      );
      return row;
    });
    await this.enqueue(saved.id);
    return saved;
  }

  async enqueue(importId: string): Promise<void> {
    await this.queue
      .add('import-list', { importId }, { jobId: `import-${importId}`, attempts: 3 })
      .catch((e: unknown) =>
        this.logger.warn(`import ${importId} not enqueued; the reconciler will: ${String(e)}`),
      );
  }

  async get(id: string): Promise<ScreeningImportEntity> {
    const row = await this.db.getRepository(ScreeningImportEntity).findOneBy({ id });
    if (!row) throw notFound('Import', id);
    return row;
  }

  async pendingImportIds(olderThanSeconds: number): Promise<string[]> {
    const rows = (await this.db.query(
      `SELECT id FROM screening_imports WHERE status IN ('queued','running') AND created_at < now() - make_interval(secs => $1)`,
      [olderThanSeconds],
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }

  /** Runs one import; idempotent (a finished import is not redone, a crashed one restarts cleanly). */
  async run(importId: string): Promise<'completed' | 'failed' | 'skipped'> {
    const imp = await this.get(importId);
    if (imp.status === 'completed' || imp.status === 'failed') return 'skipped';
    await this.db.query(`DELETE FROM list_versions WHERE import_id = $1 AND NOT is_current`, [importId]);
    await this.db.query(
      `UPDATE screening_imports SET status = 'running', started_at = now(), rows_read = 0, error = NULL WHERE id = $1`,
      [importId],
    );

    const files = (await this.db.query(
      'SELECT name, content FROM screening_import_files WHERE import_id = $1 ORDER BY name',
      [importId],
    )) as UploadedFile[];
    const contentHash = importContentHash(files);
    let versionId: string | null = null;
    try {
      const total = await this.total(imp.format, files);
      await this.db.query('UPDATE screening_imports SET rows_total = $2 WHERE id = $1', [importId, total]);
      const [version] = (await this.db.query(
        `INSERT INTO list_versions (source, format, published_on, row_count, content_hash, is_current, import_id)
         VALUES ($1, $2, $3, 0, $4, false, $5) RETURNING id`,
        [imp.source, imp.format, imp.publishedOn, contentHash, importId],
      )) as { id: string }[];
      versionId = version!.id;

      let read = 0;
      let batch: ListEntry[] = [];
      const flush = async () => {
        if (!batch.length) return;
        await this.insertEntries(versionId!, batch);
        read += batch.length;
        batch = [];
        await this.db.query('UPDATE screening_imports SET rows_read = $2 WHERE id = $1', [importId, read]);
      };
      for await (const entry of this.entries(imp.format, files)) {
        batch.push(entry);
        if (batch.length >= BATCH) await flush();
      }
      await flush();

      await this.db.transaction(async (em) => {
        const [{ n }] = (await em.query('SELECT count(*)::int AS n FROM list_entries WHERE version_id = $1', [
          versionId,
        ])) as { n: number }[];
        await em.query(`UPDATE list_versions SET is_current = false WHERE source = $1 AND is_current`, [
          imp.source,
        ]);
        await em.query(`UPDATE list_versions SET is_current = true, row_count = $2 WHERE id = $1`, [
          versionId,
          n,
        ]);
        await em.query(
          `UPDATE screening_imports SET status = 'completed', finished_at = now(), rows_read = $2, list_version_id = $3 WHERE id = $1`,
          [importId, read, versionId],
        );
        await this.audit.record(
          {
            actor: { name: 'system' },
            action: 'screening.list_version_created',
            subjectType: 'list_version',
            subjectId: versionId,
            data: { source: imp.source, rows: n, contentHash },
          },
          em,
        );
      });
      await this.queue
        .add('rescreen-all', { reason: `list version ${versionId}` }, { jobId: `rescreen-${versionId}` })
        .catch(() => undefined);
      this.logger.log(`import ${importId}: ${read} rows → ${imp.source} version ${versionId}`);
      return 'completed';
    } catch (e) {
      if (versionId) await this.db.query('DELETE FROM list_versions WHERE id = $1', [versionId]);
      if (!(e instanceof ListParseError)) throw e; // infrastructure errors retry; a bad file does not
      await this.db.query(
        `UPDATE screening_imports SET status = 'failed', finished_at = now(), error = $2 WHERE id = $1`,
        [importId, JSON.stringify({ file: e.file, line: e.line, reason: e.reason })],
      );
      return 'failed';
    }
  }

  private async insertEntries(versionId: string, entries: ListEntry[]): Promise<void> {
    const values: unknown[] = [];
    const rows = entries.map((e, i) => {
      const key = `${e.source}:${e.entityNumber}`;
      values.push(
        versionId,
        key.slice(0, 200),
        e.source,
        e.entityNumber,
        e.name,
        JSON.stringify(e),
        hashOf(e),
      );
      const b = i * 7;
      return `($${b + 1},$${b + 2},$${b + 3},$${b + 4},$${b + 5},$${b + 6},$${b + 7})`;
    });
    // A list that repeats an entity number keeps its first row; the others would be the same party.
    await this.db.query(
      `INSERT INTO list_entries (version_id, entry_key, list, entity_number, name, data, content_hash) VALUES ${rows.join(',')}
       ON CONFLICT (version_id, entry_key) DO NOTHING`,
      values,
    );
  }

  private stream = (f: UploadedFile) => Readable.from(f.content, { objectMode: false });

  private async total(format: ImportFormat, files: UploadedFile[]): Promise<number> {
    const primary = this.primaryFile(format, files);
    return countRows(this.stream(primary));
  }

  private primaryFile(format: ImportFormat, files: UploadedFile[]): UploadedFile {
    if (format === 'csl-csv' || format === 'csl-json') return files[0]!;
    const roles = recogniseOfacFiles(files.map((f) => f.name));
    return files.find((f) => f.name === roles.primary)!;
  }

  private entries(format: ImportFormat, files: UploadedFile[]): AsyncIterable<ListEntry> {
    switch (format) {
      case 'csl-csv':
        return parseCslCsv(this.stream(files[0]!), files[0]!.name);
      case 'csl-json':
        return parseCslJson(this.stream(files[0]!), files[0]!.name);
      case 'ofac-sdn-csv':
      case 'ofac-cons-csv': {
        const roles = recogniseOfacFiles(files.map((f) => f.name));
        const byName = (n: string | undefined) => (n ? files.find((f) => f.name === n) : undefined);
        const open = (n: string | undefined) => {
          const f = byName(n);
          return f ? this.stream(f) : undefined;
        };
        return parseOfacSet(
          {
            primary: open(roles.primary)!,
            alt: open(roles.alt),
            add: open(roles.add),
            comments: open(roles.comments),
          },
          roles,
          format === 'ofac-sdn-csv' ? 'OFAC SDN' : 'OFAC consolidated',
        );
      }
    }
  }
}
