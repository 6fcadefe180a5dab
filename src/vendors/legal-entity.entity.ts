import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { FactStatus, Provenance } from '../common/provenance';
import type { EntityRole } from '../seed/seed-types';

export interface OwnershipEdge {
  /** id of the owning legal entity (same vendor) */
  ownerEntityId: string;
  /** percent owned, null when unknown */
  percent: number | null;
  status: FactStatus;
  source?: Provenance;
}

@Entity('legal_entities')
@Index('uq_legal_entities_vendor_slug', ['vendorId', 'slug'], { unique: true })
export class LegalEntityEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index('ix_legal_entities_vendor')
  @Column({ type: 'uuid' })
  vendorId!: string;
  @Column({ type: 'varchar', length: 100 }) slug!: string;
  @Column({ type: 'varchar', length: 300 }) name!: string;
  @Column({ type: 'varchar', length: 300, nullable: true }) nativeName!: string | null;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) aliases!: string[];
  @Column({ type: 'char', length: 2 }) country!: string;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) roles!: EntityRole[];
  /** Who owns this entity and by how much: the OFAC 50% rule, BIS Affiliates Rule and 28 CFR 202 turn on it. */
  @Column({ type: 'jsonb', default: () => "'[]'" }) owners!: OwnershipEdge[];
  @Column({ type: 'varchar', length: 16, default: 'unknown' }) status!: FactStatus;
  @Column({ type: 'jsonb', nullable: true }) source!: Provenance | null;
  @VersionColumn() version!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
