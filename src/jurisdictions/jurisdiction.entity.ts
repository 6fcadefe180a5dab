import { Column, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { Fact, Provenance } from '../common/provenance';

export type AdequacyScope = 'full' | 'partial' | 'none';

export interface Adequacy {
  scope: AdequacyScope;
  /** e.g. 'only organisations certified under the EU-US Data Privacy Framework' */
  limitation?: string;
  note?: string;
  source?: Provenance;
}

/** A law or power that lets a government compel access to data held or processed in the jurisdiction. */
export interface GovernmentAccessLaw {
  name: string;
  citation?: string;
  summary: string;
  status: Fact<boolean>['status'];
  source?: Provenance;
}

export interface CountryDesignation {
  value: boolean;
  citation: string;
  status: Fact<boolean>['status'];
  source?: Provenance;
}

@Entity('jurisdictions')
export class JurisdictionEntity {
  @PrimaryColumn({ type: 'char', length: 2 }) alpha2!: string;
  @Column({ type: 'char', length: 3 }) alpha3!: string;
  @Column({ type: 'char', length: 3 }) numeric!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'varchar', length: 300, nullable: true }) officialName!: string | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) region!: string | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) subRegion!: string | null;
  @Column({ type: 'boolean', default: false }) euMember!: boolean;
  @Column({ type: 'boolean', default: false }) eeaMember!: boolean;
  /** GDPR Art. 45 adequacy; null for EU/EEA members, where Chapter V does not apply. */
  @Column({ type: 'jsonb', nullable: true }) euAdequacy!: Adequacy | null;
  /** 28 CFR 202.601 country of concern. */
  @Column({ type: 'jsonb' }) dojCountryOfConcern!: CountryDesignation;
  /** 15 CFR 791.4 foreign adversary. */
  @Column({ type: 'jsonb' }) foreignAdversary!: CountryDesignation;
  @Column({ type: 'varchar', length: 300, nullable: true }) dataProtectionLaw!: string | null;
  @Column({ type: 'jsonb', default: () => "'[]'" }) governmentAccessLaws!: GovernmentAccessLaw[];
  @Column({ type: 'text', array: true, default: () => "'{}'" }) sanctionsPrograms!: string[];
  @VersionColumn() version!: number;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
