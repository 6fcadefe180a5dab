import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only and hash-chained: each row's hash covers its content and the previous row's hash. */
@Entity('audit_events')
export class AuditEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) seq!: string;
  @Column({ type: 'uuid' }) id!: string;
  @Column({ type: 'timestamptz' }) at!: Date;
  @Column({ type: 'uuid', nullable: true }) actorKeyId!: string | null;
  @Column({ type: 'varchar', length: 200 }) actorName!: string;
  @Column({ type: 'varchar', length: 100 }) action!: string;
  @Column({ type: 'varchar', length: 60 }) subjectType!: string;
  @Column({ type: 'varchar', length: 100, nullable: true }) subjectId!: string | null;
  @Column({ type: 'jsonb' }) data!: Record<string, unknown>;
  @Column({ type: 'char', length: 64 }) prevHash!: string;
  @Column({ type: 'char', length: 64 }) hash!: string;
}
