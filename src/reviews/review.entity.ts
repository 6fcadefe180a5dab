import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { EvaluationTrigger } from '../queue/queues';
import type { UseCaseInput } from './dto/review.dto';

export const REVIEW_STATUSES = ['submitted', 'queued', 'evaluating', 'decided'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export const DECISIONS = ['approved', 'approved_with_conditions', 'needs_information', 'rejected'] as const;
export type Decision = (typeof DECISIONS)[number];

@Entity('reviews')
export class ReviewEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 200 }) idempotencyKey!: string;
  /** SHA-256 of the canonical request body: the same key with another body is a conflict. */
  @Column({ type: 'char', length: 64 }) requestHash!: string;
  @Column({ type: 'uuid' }) submittedByKeyId!: string;
  @Column({ type: 'uuid' }) vendorId!: string;
  @Column({ type: 'uuid' }) modelId!: string;
  @Column({ type: 'uuid' }) offeringId!: string;
  @Column({ type: 'char', length: 2, nullable: true }) selfHostedRegion!: string | null;
  @Column({ type: 'jsonb' }) useCase!: UseCaseInput;
  @Column({ type: 'varchar', length: 2000, nullable: true }) callbackUrl!: string | null;
  @Column({ type: 'varchar', length: 100, nullable: true, select: false }) callbackSecret!: string | null;
  @Column({ type: 'varchar', length: 20 }) status!: ReviewStatus;
  @Column({ type: 'varchar', length: 40, nullable: true }) decision!: Decision | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) signOffState!: 'signed_off' | 'overridden' | null;
  @Column({ type: 'uuid', nullable: true }) currentEvaluationId!: string | null;
  /** The evaluation run Postgres is waiting for; the reconciler re-enqueues it if Redis lost the job. */
  @Column({ type: 'uuid', nullable: true }) pendingRunId!: string | null;
  @Column({ type: 'varchar', length: 30, nullable: true }) pendingTrigger!: EvaluationTrigger | null;
  @Column({ type: 'timestamptz', nullable: true }) pendingSince!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) expiresAt!: Date | null;
  @VersionColumn() version!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
