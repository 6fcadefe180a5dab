import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export const IMPORT_FORMATS = ['csl-csv', 'csl-json', 'ofac-sdn-csv', 'ofac-cons-csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
/** Each format feeds one versioned source; a diff compares versions of the same source. */
export const SOURCE_OF_FORMAT: Record<ImportFormat, string> = {
  'csl-csv': 'csl',
  'csl-json': 'csl',
  'ofac-sdn-csv': 'ofac-sdn',
  'ofac-cons-csv': 'ofac-cons',
};
export type ImportStatus = 'queued' | 'running' | 'completed' | 'failed';

@Entity('screening_imports')
export class ScreeningImportEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 20 }) format!: ImportFormat;
  @Column({ type: 'varchar', length: 40 }) source!: string;
  @Column({ type: 'varchar', length: 20 }) status!: ImportStatus;
  @Column({ type: 'integer' }) rowsRead!: number;
  @Column({ type: 'integer', nullable: true }) rowsTotal!: number | null;
  @Column({ type: 'date', nullable: true }) publishedOn!: string | null;
  @Column({ type: 'jsonb' }) files!: { name: string; bytes: number; sha256: string }[];
  @Column({ type: 'jsonb', nullable: true }) error!: {
    file: string | null;
    line: number | null;
    reason: string;
  } | null;
  @Column({ type: 'uuid', nullable: true }) listVersionId!: string | null;
  @Column({ type: 'uuid', nullable: true }) createdByKeyId!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) startedAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) finishedAt!: Date | null;
}

@Entity('list_versions')
export class ListVersionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 40 }) source!: string;
  @Column({ type: 'varchar', length: 20 }) format!: string;
  @Column({ type: 'date', nullable: true }) publishedOn!: string | null;
  @Column({ type: 'timestamptz' }) retrievedAt!: Date;
  @Column({ type: 'integer' }) rowCount!: number;
  @Column({ type: 'char', length: 64 }) contentHash!: string;
  @Column({ type: 'boolean' }) isCurrent!: boolean;
  @Column({ type: 'uuid', nullable: true }) importId!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}

@Entity('vendor_screenings')
export class VendorScreeningEntity {
  @PrimaryColumn({ type: 'uuid' }) vendorId!: string;
  @Column({ type: 'varchar', length: 20 }) status!: 'confirmed' | 'potential' | 'clear';
  @Column({ type: 'jsonb' }) listVersions!: string[];
  @Column({ type: 'integer' }) namesScreened!: number;
  @Column({ type: 'char', length: 64 }) resultHash!: string;
  @Column({ type: 'timestamptz' }) screenedAt!: Date;
}

@Entity('screening_hits')
export class ScreeningHitEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) vendorId!: string;
  @Column({ type: 'uuid', nullable: true }) legalEntityId!: string | null;
  @Column({ type: 'varchar', length: 300 }) subjectName!: string;
  @Column({ type: 'varchar', length: 300 }) queriedName!: string;
  @Column({ type: 'varchar', length: 200 }) entryKey!: string;
  @Column({ type: 'varchar', length: 100 }) list!: string;
  @Column({ type: 'varchar', length: 100 }) entityNumber!: string;
  @Column({ type: 'text' }) entryName!: string;
  @Column({ type: 'text' }) matchedName!: string;
  @Column({
    type: 'numeric',
    precision: 5,
    scale: 4,
    transformer: { to: (v: number) => v, from: (v: string) => Number(v) },
  })
  score!: number;
  @Column({ type: 'jsonb' }) matchedTokens!: unknown[];
  @Column({ type: 'jsonb' }) entry!: Record<string, unknown>;
  @Column({ type: 'char', length: 64 }) entryHash!: string;
  @Column({ type: 'uuid' }) listVersionId!: string;
  @Column({ type: 'boolean' }) active!: boolean;
  @Column({ type: 'varchar', length: 20, nullable: true }) disposition!:
    'confirmed' | 'false_positive' | null;
  @Column({ type: 'text', nullable: true }) dispositionReason!: string | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) dispositionBy!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) dispositionAt!: Date | null;
  @Column({ type: 'char', length: 64, nullable: true }) dispositionEntryHash!: string | null;
  @Column({ type: 'text', nullable: true }) reopenedReason!: string | null;
  @Column({ type: 'timestamptz' }) firstSeenAt!: Date;
  @Column({ type: 'timestamptz' }) lastSeenAt!: Date;
}
