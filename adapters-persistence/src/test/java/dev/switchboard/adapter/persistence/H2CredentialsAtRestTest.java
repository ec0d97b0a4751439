package dev.switchboard.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.connection.RegisteredChannel;
import org.junit.jupiter.api.Test;

/** Channel credentials are AES-256-GCM sealed in the database, bound to their row, and useless under another key. */
class H2CredentialsAtRestTest extends PersistenceContract {

  @Override
  protected Backend openBackend() {
    return JdbiBackend.h2();
  }

  private JdbiBackend jdbc() {
    return (JdbiBackend) backend;
  }

  private RegisteredChannel inserted(RegisteredChannel channel) {
    jdbc().persistence().transactions().inTransaction(() -> {
      jdbc().persistence().channels().insert(channel);
      return null;
    });
    return channel;
  }

  private String storedCredentials(RegisteredChannel channel) {
    return jdbc().persistence().jdbi().withHandle(handle -> handle
        .createQuery("SELECT credentials FROM channel_connections WHERE id = :id")
        .bind("id", channel.id().value())
        .mapTo(String.class)
        .one());
  }

  @Test
  void givenStoredChannel_theDatabaseHoldsNoSecretInClearText() {
    RegisteredChannel channel = inserted(ChannelRepositoryContract.whatsappChannel(org, true, 1));

    String stored = storedCredentials(channel);

    assertThat(stored).startsWith("v1:").doesNotContain("EAAG-secret").doesNotContain("app-secret");
  }

  @Test
  void givenAnotherKey_readingFailsWithAMessageNamingTheSetting_andNoSecret() {
    RegisteredChannel channel = inserted(ChannelRepositoryContract.whatsappChannel(org, true, 1));
    JdbiPersistence otherKey =
        JdbiPersistence.create(jdbc().dataSource(), UuidSource.INSTANCE, CredentialsCipher.ephemeral());

    assertThatThrownBy(() -> otherKey.channels().findById(org, channel.id()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SWITCHBOARD_CREDENTIALS_KEY")
        .hasMessageNotContaining("EAAG");
  }

  @Test
  void givenSealedValueCopiedToAnotherRow_itDoesNotOpenThere() {
    RegisteredChannel source = inserted(ChannelRepositoryContract.whatsappChannel(org, false, 1));
    RegisteredChannel target = inserted(ChannelRepositoryContract.whatsappChannel(org, false, 2));
    jdbc().persistence().jdbi().useHandle(handle -> handle
        .createUpdate("UPDATE channel_connections SET credentials = :sealed WHERE id = :id")
        .bind("sealed", storedCredentials(source))
        .bind("id", target.id().value())
        .execute());

    assertThatThrownBy(() -> jdbc().persistence().channels().findById(org, target.id()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void givenMalformedKeys_theMessagesNeverRepeatTheValue() {
    assertThatThrownBy(() -> CredentialsCipher.fromBase64("not*base64!secretish"))
        .hasMessageNotContaining("secretish");
    assertThatThrownBy(() -> CredentialsCipher.fromBase64("c2hvcnRrZXk="))
        .hasMessageContaining("32 bytes").hasMessageNotContaining("c2hvcnRrZXk");
    assertThat(CredentialsCipher.ephemeral().toString()).doesNotContain("=");
  }

  /** Ids for the second persistence instance; it makes no rows itself in these tests. */
  private enum UuidSource implements dev.switchboard.application.port.out.IdSource {
    INSTANCE;

    @Override
    public java.util.UUID nextId() {
      return java.util.UUID.randomUUID();
    }
  }
}
