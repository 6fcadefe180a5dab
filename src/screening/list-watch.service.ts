import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { sha256 } from '../common/canonical-json';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { importContentHash, ListImportService, UploadedFile } from './list-import.service';
import { IMPORT_FORMATS, SOURCE_OF_FORMAT } from './screening.entity';

/**
 * Pulls list files from a folder (off unless LIST_WATCH_DIR is set): one sub-folder per import format
 * (`ofac-sdn-csv/`, `ofac-cons-csv/`, `csl-csv/`, `csl-json/`) holding the files as published. Whatever a
 * job drops there — a download from trade.gov or Treasury — is imported once: a set whose content hash is
 * already a version of its source, or already being imported, is skipped.
 */
@Injectable()
export class ListWatchService {
  private readonly logger = new Logger(ListWatchService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly imports: ListImportService,
  ) {}

  get enabled(): boolean {
    return Boolean(this.config.listWatchDir);
  }

  async scan(dir = this.config.listWatchDir): Promise<string[]> {
    if (!dir || !existsSync(dir)) return [];
    const created: string[] = [];
    for (const format of IMPORT_FORMATS) {
      const folder = join(dir, format);
      if (!existsSync(folder)) continue;
      const files: UploadedFile[] = readdirSync(folder)
        .filter((n) => !n.startsWith('.') && statSync(join(folder, n)).isFile())
        .sort()
        .map((name) => ({ name, content: readFileSync(join(folder, name)) }));
      if (files.length === 0) continue;
      const hash = importContentHash(files);
      const seen = (await this.db.query(
        `SELECT 1 FROM list_versions WHERE source = $1 AND content_hash = $2
         UNION ALL
         SELECT 1 FROM screening_imports i WHERE i.source = $1 AND i.status IN ('queued','running')
           AND (SELECT string_agg(f->>'sha256', ',' ORDER BY f->>'name') FROM jsonb_array_elements(i.files) f) = $3`,
        [SOURCE_OF_FORMAT[format], hash, files.map((f) => sha256(f.content)).join(',')],
      )) as unknown[];
      if (seen.length) continue;
      const imp = await this.imports.create(format, files, null, { name: 'list watcher' });
      this.logger.log(`picked up ${files.length} file(s) from ${folder}: import ${imp.id}`);
      created.push(imp.id);
    }
    return created;
  }
}
