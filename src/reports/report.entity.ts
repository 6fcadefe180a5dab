import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ReportStatus = 'pending' | 'ready' | 'failed';

/** The PDF and JSON twin of one evaluation; the PDF's SHA-256 is re-checked on every download. */
@Entity('reports')
export class ReportEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) evaluationId!: string;
  @Column({ type: 'uuid' }) reviewId!: string;
  @Column({ type: 'varchar', length: 20 }) status!: ReportStatus;
  @Column({ type: 'char', length: 64, nullable: true }) templateHash!: string | null;
  @Column({ type: 'bytea', nullable: true, select: false }) pdf!: Buffer | null;
  @Column({ type: 'char', length: 64, nullable: true }) pdfSha256!: string | null;
  @Column({ type: 'integer', nullable: true }) pages!: number | null;
  /** The JSON twin: the report model, the same content as the PDF, machine-readable. */
  @Column({ type: 'jsonb', nullable: true, select: false }) json!: Record<string, unknown> | null;
  /** What the report was rendered from, so it can be rendered again to the same bytes. */
  @Column({ type: 'jsonb', nullable: true, select: false }) input!: Record<string, unknown> | null;
  @Column({ type: 'text', nullable: true }) error!: string | null;
  @Column({ type: 'integer', default: 0 }) attempts!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) renderedAt!: Date | null;
}
