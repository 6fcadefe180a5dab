import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ApiRole } from '../common/auth';

@Entity('api_keys')
export class ApiKeyEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 100 }) name!: string;
  @Column({ type: 'varchar', length: 32 }) role!: ApiRole;
  /** First characters of the key, shown in listings so people can tell keys apart. */
  @Column({ type: 'varchar', length: 16 }) prefix!: string;
  /** SHA-256 of the whole key; the key itself is never stored. */
  @Index('uq_api_keys_key_hash', { unique: true })
  @Column({ type: 'char', length: 64 })
  keyHash!: string;
  @Column({ type: 'uuid', nullable: true }) createdByKeyId!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) lastUsedAt!: Date | null;
}
