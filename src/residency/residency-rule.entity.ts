import { Column, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** The organisation's rule for one data class: where it may and may not go, and what must be in place. */
@Entity('residency_rules')
export class ResidencyRuleEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 }) dataClass!: string;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) allowed!: string[];
  @Column({ type: 'text', array: true, default: () => "'{}'" }) prohibited!: string[];
  @Column({ type: 'text', array: true, default: () => "'{}'" }) requiredMechanisms!: string[];
  @Column({ type: 'text', nullable: true }) note!: string | null;
  @VersionColumn() version!: number;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
