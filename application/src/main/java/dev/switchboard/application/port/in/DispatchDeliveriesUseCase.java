package dev.switchboard.application.port.in;

/**
 * Hands due messages to their providers: claims a batch of delivery jobs, sends each through the channel gateway
 * and records the outcome (sent, retry later with backoff, or failed with the provider's reason).
 */
public interface DispatchDeliveriesUseCase {

  /**
   * Works one batch; returns how many jobs made progress (sent, failed, rescheduled after a provider failure, or
   * dropped). Jobs only postponed by their channel's send rate do not count, so a worker whose batch was all
   * throttled waits for its poll interval instead of reclaiming the same jobs every few milliseconds.
   */
  int dispatchDue();
}
