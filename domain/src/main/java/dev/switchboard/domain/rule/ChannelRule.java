package dev.switchboard.domain.rule;

import dev.switchboard.domain.Violation;
import java.util.Optional;

/** One channel policy: it passes a draft or says, with a stable code, why the draft may not be sent. */
@FunctionalInterface
public interface ChannelRule {
  Optional<Violation> check(OutboundDraft draft);
}
