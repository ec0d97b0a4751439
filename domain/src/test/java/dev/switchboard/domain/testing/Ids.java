package dev.switchboard.domain.testing;

import dev.switchboard.domain.message.MessageId;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.template.TemplateId;
import dev.switchboard.domain.thread.CandidateId;
import dev.switchboard.domain.thread.ThreadId;
import java.util.UUID;

/**
 * Fixed, readable ids for tests. Each kind has its own prefix, so a thread id never equals a message id by accident:
 * {@code Ids.thread(2)} is {@code 00000000-0000-0000-0002-000000000002}.
 */
public final class Ids {

  public static final OrganizationId ORGANIZATION = organization(1);
  public static final OrganizationId OTHER_ORGANIZATION = organization(2);
  public static final ThreadId THREAD = thread(1);
  public static final MessageId MESSAGE = message(1);
  public static final TemplateId TEMPLATE = template(1);
  public static final CandidateId CANDIDATE = candidate(1);
  public static final CandidateId OTHER_CANDIDATE = candidate(2);

  private Ids() {}

  public static OrganizationId organization(int n) {
    return new OrganizationId(uuid(1, n));
  }

  public static ThreadId thread(int n) {
    return new ThreadId(uuid(2, n));
  }

  public static MessageId message(int n) {
    return new MessageId(uuid(3, n));
  }

  public static TemplateId template(int n) {
    return new TemplateId(uuid(4, n));
  }

  public static CandidateId candidate(int n) {
    return new CandidateId(uuid(5, n));
  }

  private static UUID uuid(int kind, int n) {
    return UUID.fromString(String.format("00000000-0000-0000-%04x-%012x", kind, n));
  }
}
