import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('policy_packs')
export class PolicyPackEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 100 }) packId!: string;
  @Column({ type: 'varchar', length: 50 }) packVersion!: string;
  @Column({ type: 'text', nullable: true }) description!: string | null;
  @Column({ type: 'char', length: 64 }) contentHash!: string;
  @Column({ type: 'varchar', length: 300 }) sourceName!: string;
  @Column({ type: 'text' }) yaml!: string;
  @Column({ type: 'integer' }) ruleCount!: number;
  @Column({ type: 'boolean', default: false }) active!: boolean;
  @Column({ type: 'timestamptz', nullable: true }) activatedAt!: Date | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) activatedBy!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
