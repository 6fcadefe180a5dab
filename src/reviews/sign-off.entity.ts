import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('sign_offs')
export class SignOffEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) reviewId!: string;
  @Column({ type: 'uuid' }) evaluationId!: string;
  @Column({ type: 'varchar', length: 20 }) action!: 'sign_off' | 'override';
  @Column({ type: 'varchar', length: 40 }) decision!: string;
  @Column({ type: 'text' }) justification!: string;
  @Column({ type: 'uuid' }) byKeyId!: string;
  @Column({ type: 'varchar', length: 100 }) byName!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
