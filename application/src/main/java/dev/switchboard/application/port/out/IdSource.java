package dev.switchboard.application.port.out;

import java.util.UUID;

/** Hands out ids for new rows. Production ids are UUIDv7, so id order is creation order. */
@FunctionalInterface
public interface IdSource {
  UUID nextId();
}
