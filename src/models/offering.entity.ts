import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { DataHandling, Fact } from '../common/provenance';
import type { OfferingMode } from '../seed/seed-types';

@Entity('offerings')
@Index('uq_offerings_model_slug', ['modelId', 'slug'], { unique: true })
export class OfferingEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index('ix_offerings_model')
  @Column({ type: 'uuid' })
  modelId!: string;
  @Column({ type: 'varchar', length: 100 }) slug!: string;
  @Column({ type: 'varchar', length: 300 }) name!: string;
  @Column({ type: 'varchar', length: 32 }) mode!: OfferingMode;
  @Column({ type: 'varchar', length: 200, nullable: true }) host!: string | null;
  @Column({ type: 'uuid', nullable: true }) contractingEntityId!: string | null;
  @Column({ type: 'jsonb' }) storageRegions!: Fact<string[]>;
  @Column({ type: 'jsonb' }) inferenceRegions!: Fact<string[]>;
  @Column({ type: 'jsonb', name: 'price_input_per_1m' }) priceInputPer1M!: Fact<number>;
  @Column({ type: 'jsonb', name: 'price_output_per_1m' }) priceOutputPer1M!: Fact<number>;
  @Column({ type: 'varchar', length: 3 }) currency!: string;
  @Column({ type: 'date', nullable: true }) priceAsOf!: string | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) endpoint!: string | null;
  @Column({ type: 'jsonb', default: () => "'{}'" }) dataHandling!: DataHandling;
  @VersionColumn() version!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
