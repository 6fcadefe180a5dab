import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('webhook_subscriptions')
export class WebhookSubscriptionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 2000 }) url!: string;
  @Column({ type: 'varchar', length: 100, select: false }) secret!: string;
  @Column({ type: 'text', array: true }) events!: string[];
  @Column({ type: 'boolean', default: true }) active!: boolean;
  @Column({ type: 'uuid', nullable: true }) createdByKeyId!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}

export type DeliveryStatus = 'pending' | 'delivered' | 'failed' | 'refused';

@Entity('webhook_deliveries')
export class WebhookDeliveryEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid', nullable: true }) subscriptionId!: string | null;
  @Column({ type: 'uuid', nullable: true }) reviewId!: string | null;
  /** One delivery per (event, target): a re-run that records the same change does not deliver twice. */
  @Column({ type: 'varchar', length: 200 }) dedupeKey!: string;
  @Column({ type: 'varchar', length: 60 }) event!: string;
  @Column({ type: 'varchar', length: 2000 }) url!: string;
  @Column({ type: 'jsonb' }) payload!: Record<string, unknown>;
  @Column({ type: 'varchar', length: 20 }) status!: DeliveryStatus;
  @Column({ type: 'integer', default: 0 }) attempts!: number;
  @Column({ type: 'text', nullable: true }) lastError!: string | null;
  @Column({ type: 'integer', nullable: true }) lastStatusCode!: number | null;
  @Column({ type: 'timestamptz', nullable: true }) deliveredAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
