import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Decision } from './review.entity';

/** One run of a review against a pack. Immutable (a database trigger refuses updates). */
@Entity('evaluations')
export class EvaluationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) reviewId!: string;
  @Column({ type: 'uuid' }) runId!: string;
  @Column({ type: 'varchar', length: 30 }) trigger!: string;
  @Column({ type: 'char', length: 64 }) packHash!: string;
  /** The full input: evaluation context with provenance, pack id/version/hash, list versions. */
  @Column({ type: 'jsonb' }) snapshot!: Record<string, unknown>;
  @Column({ type: 'char', length: 64 }) snapshotHash!: string;
  @Column({ type: 'jsonb' }) result!: Record<string, unknown>;
  @Column({ type: 'varchar', length: 40 }) decision!: Decision;
  @Column({
    type: 'numeric',
    precision: 5,
    scale: 1,
    transformer: { to: (v: number) => v, from: (v: string) => Number(v) },
  })
  score!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
