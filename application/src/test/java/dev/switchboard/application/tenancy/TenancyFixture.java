package dev.switchboard.application.tenancy;

import dev.switchboard.application.inmemory.InMemoryAdapters;
import dev.switchboard.application.port.in.CreateOrganizationUseCase;
import dev.switchboard.application.port.out.SecretGenerator;
import dev.switchboard.application.secret.SecureRandomSecretGenerator;
import dev.switchboard.application.service.MessagingCore;
import dev.switchboard.application.service.TenancyCore;
import dev.switchboard.application.service.TenancyPorts;
import dev.switchboard.application.testing.FakeChannelGateway;
import dev.switchboard.application.testing.FixedRandom;
import dev.switchboard.application.testing.MessagingFixture;
import dev.switchboard.application.testing.MutableClock;
import dev.switchboard.application.testing.SequentialIdSource;
import dev.switchboard.domain.organization.Organization;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The tenancy core (and the messaging core, for deletion tests) over one set of fresh in-memory adapters, a
 * {@link MutableClock} and sequential ids. Keys come from the production generator over a seeded random source
 * and every key handed out is remembered, so tests can check that none of them is ever stored.
 */
final class TenancyFixture {

  static final Instant START = MessagingFixture.START;

  private final InMemoryAdapters adapters;
  private final MutableClock clock;
  private final SequentialIdSource ids;
  private final RecordingSecrets secrets;
  private final TenancyCore core;
  private final MessagingCore messaging;

  private TenancyFixture(InMemoryAdapters adapters) {
    this.adapters = adapters;
    this.clock = MutableClock.at(START);
    this.ids = new SequentialIdSource();
    this.secrets = new RecordingSecrets();
    this.core = TenancyCore.create(ports(adapters, secrets, clock, ids));
    this.messaging = MessagingCore.create(
        MessagingFixture.ports(adapters, adapters.events(), clock, ids),
        new FakeChannelGateway(),
        MessagingFixture.POLICY,
        FixedRandom.of(0.0));
  }

  static TenancyFixture create() {
    return new TenancyFixture(InMemoryAdapters.create());
  }

  /** A second core over the same store, as after a restart. */
  TenancyFixture restarted() {
    return new TenancyFixture(adapters);
  }

  static TenancyPorts ports(InMemoryAdapters adapters, SecretGenerator secrets, MutableClock clock, SequentialIdSource ids) {
    return new TenancyPorts(
        adapters.tenancy().organizations(),
        adapters.tenancy().apiKeys(),
        adapters.tenancy().idempotency(),
        adapters.tenancy().organizationData(),
        secrets,
        adapters.transactions(),
        clock,
        ids);
  }

  TenancyCore core() {
    return core;
  }

  MessagingCore messaging() {
    return messaging;
  }

  InMemoryAdapters adapters() {
    return adapters;
  }

  MutableClock clock() {
    return clock;
  }

  /** Every key the generator handed out, in order. */
  List<String> issuedKeys() {
    return List.copyOf(secrets.issued);
  }

  CreateOrganizationUseCase.Result.Created createOrganization(String name) {
    var result = core.createOrganization()
        .create(new CreateOrganizationUseCase.Command(name, Optional.empty(), Optional.empty()));
    return MessagingFixture.expect(result, CreateOrganizationUseCase.Result.Created.class);
  }

  CreateOrganizationUseCase.Result.Created createOrganization(String name, URI webhookUrl, String webhookSecret) {
    var result = core.createOrganization()
        .create(new CreateOrganizationUseCase.Command(name, Optional.of(webhookUrl), Optional.of(webhookSecret)));
    return MessagingFixture.expect(result, CreateOrganizationUseCase.Result.Created.class);
  }

  Organization stored(Organization organization) {
    return adapters.tenancy().organizations().findById(organization.id())
        .orElseThrow(() -> new AssertionError("organization " + organization.id() + " is not stored"));
  }

  private static final class RecordingSecrets implements SecretGenerator {
    private final SecretGenerator real = new SecureRandomSecretGenerator(seeded());
    private final List<String> issued = new CopyOnWriteArrayList<>();

    @Override
    public String newKey(KeyKind kind) {
      String key = real.newKey(kind);
      issued.add(key);
      return key;
    }

    private static SecureRandom seeded() {
      try {
        SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
        random.setSeed(42L);
        return random;
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
