import { Injectable, Logger } from '@nestjs/common';

type Listener = (vendorId: string) => Promise<void>;

/**
 * The registry announces fact changes here; the evaluation feature subscribes to re-run affected reviews.
 * Kept as a tiny in-process hub so the registry does not depend on the reviews module.
 */
@Injectable()
export class RegistryEvents {
  private readonly logger = new Logger(RegistryEvents.name);
  private readonly listeners: Listener[] = [];

  onVendorChanged(listener: Listener): void {
    this.listeners.push(listener);
  }

  async vendorChanged(vendorId: string): Promise<void> {
    for (const l of this.listeners) {
      try {
        await l(vendorId);
      } catch (e) {
        // A failed follow-up must not undo the committed change; the reconciler catches up later.
        this.logger.error(`vendor-changed listener failed for ${vendorId}: ${String(e)}`);
      }
    }
  }
}
