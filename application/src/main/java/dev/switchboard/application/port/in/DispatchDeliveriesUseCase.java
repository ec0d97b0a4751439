package dev.switchboard.application.port.in;

/**
 * Hands due messages to their providers: claims a batch of delivery jobs, sends each through the channel gateway
 * and records the outcome (sent, retry later with backoff, or failed with the provider's reason).
 */
public interface DispatchDeliveriesUseCase {

  /** Works one batch; returns how many jobs it handled, 0 when nothing was due. */
  int dispatchDue();
}
