package dev.switchboard.domain.testing;

import dev.switchboard.domain.channel.EmailAddress;
import dev.switchboard.domain.channel.PhoneNumber;

/** Canonical phone numbers and email addresses for tests. */
public final class Identifiers {

  /** A Dutch mobile number, as the API stores it. */
  public static final PhoneNumber PHONE = new PhoneNumber("31612345678");

  public static final PhoneNumber OTHER_PHONE = new PhoneNumber("31687654321");

  public static final EmailAddress EMAIL = new EmailAddress("jane.doe@example.com");

  public static final EmailAddress OTHER_EMAIL = new EmailAddress("john.smith@example.org");

  /** A recruiter who is copied in on an email. */
  public static final EmailAddress CC_EMAIL = new EmailAddress("recruiter@example.com");

  private Identifiers() {}
}
