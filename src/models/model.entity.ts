import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { Fact } from '../common/provenance';
import type { SeedBenchmark } from '../seed/seed-types';

@Entity('models')
@Index('uq_models_vendor_slug', ['vendorId', 'slug'], { unique: true })
export class ModelEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index('ix_models_vendor')
  @Column({ type: 'uuid' })
  vendorId!: string;
  @Column({ type: 'varchar', length: 100 }) slug!: string;
  @Column({ type: 'varchar', length: 300 }) name!: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) modelVersion!: string | null;
  @Column({ type: 'jsonb' }) releaseDate!: Fact<string>;
  @Column({ type: 'jsonb' }) openWeights!: Fact<boolean>;
  /** Denormalised from `openWeights` for filtering; null when unknown. */
  @Index('ix_models_open_weights')
  @Column({ type: 'boolean', nullable: true })
  isOpenWeights!: boolean | null;
  @Column({ type: 'jsonb' }) license!: Fact<string>;
  @Column({ type: 'jsonb' }) paramsTotalB!: Fact<number>;
  @Column({ type: 'jsonb' }) paramsActiveB!: Fact<number>;
  @Column({ type: 'jsonb' }) contextWindow!: Fact<number>;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) modalities!: string[];
  @Column({ type: 'jsonb' }) trainingHardware!: Fact<string>;
  @Column({ type: 'jsonb', default: () => "'[]'" }) benchmarks!: SeedBenchmark[];
  @VersionColumn() version!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
