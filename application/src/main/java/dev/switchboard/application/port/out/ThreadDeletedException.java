package dev.switchboard.application.port.out;

/**
 * A message could not be stored because its thread was deleted after the thread was read (by another request, or on
 * another node). Nothing of the message was stored; to the caller the thread is simply not found.
 */
public final class ThreadDeletedException extends RuntimeException {

  public ThreadDeletedException(String message, Throwable cause) {
    super(message, cause);
  }
}
