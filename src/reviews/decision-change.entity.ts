import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('decision_changes')
export class DecisionChangeEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) reviewId!: string;
  @Column({ type: 'uuid' }) evaluationId!: string;
  @Column({ type: 'varchar', length: 40, nullable: true }) fromDecision!: string | null;
  @Column({ type: 'varchar', length: 40 }) toDecision!: string;
  @Column({ type: 'varchar', length: 30 }) trigger!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
