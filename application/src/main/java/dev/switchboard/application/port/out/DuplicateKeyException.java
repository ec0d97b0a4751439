package dev.switchboard.application.port.out;

/**
 * A repository refused an insert because a unique key is taken (two requests raced past the service's own check).
 * It aborts the transaction; the service turns it into the same result as the check would have given.
 */
public class DuplicateKeyException extends RuntimeException {
  public DuplicateKeyException(String message, Throwable cause) {
    super(message, cause);
  }

  public DuplicateKeyException(String message) {
    super(message);
  }
}
