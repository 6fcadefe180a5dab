import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type {
  Allegation,
  Certification,
  DataHandling,
  Designation,
  Fact,
  PublicBan,
} from '../common/provenance';

@Entity('vendors')
export class VendorEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index('uq_vendors_slug', { unique: true })
  @Column({ type: 'varchar', length: 100 })
  slug!: string;
  @Column({ type: 'varchar', length: 300 }) name!: string;
  @Column({ type: 'varchar', length: 300, nullable: true }) nativeName!: string | null;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) aliases!: string[];
  @Column({ type: 'text', array: true, default: () => "'{}'" }) officialDomains!: string[];
  @Index('ix_vendors_hq_country')
  @Column({ type: 'char', length: 2 })
  hqCountry!: string;
  @Column({ type: 'varchar', length: 500, nullable: true }) website!: string | null;
  @Column({ type: 'jsonb', default: () => "'[]'" }) certifications!: Certification[];
  @Column({ type: 'jsonb', default: () => "'{}'" }) dataHandling!: DataHandling;
  @Column({ type: 'jsonb', default: () => "'[]'" }) designations!: Designation[];
  @Column({ type: 'jsonb', default: () => "'[]'" }) publicBans!: PublicBan[];
  @Column({ type: 'jsonb', default: () => "'[]'" }) allegations!: Allegation[];
  @Column({ type: 'jsonb', default: () => `'{"value":null,"status":"unknown"}'` })
  gpaiCodeSignatory!: Fact<boolean>;
  @VersionColumn() version!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
