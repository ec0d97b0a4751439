package dev.switchboard.application.port.in;

/**
 * The second webhook worker step: claims due deliveries, posts each to its destination, and records the attempt:
 * delivered on 2xx, otherwise due again by the retry schedule, or failed when it is used up.
 */
public interface SendWebhooksUseCase {

  /** Works one batch; returns how many deliveries it attempted, 0 when nothing was due. */
  int sendDue();
}
