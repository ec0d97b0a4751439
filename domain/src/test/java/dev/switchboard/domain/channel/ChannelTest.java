package dev.switchboard.domain.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ChannelTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"whatsapp, WHATSAPP", "sms, SMS", "email, EMAIL"})
  void wireName_fromWireName_findsTheChannel(String wireName, Channel channel) {

    Optional<Channel> found = Channel.fromWireName(wireName);

    assertThat(found).contains(channel);
  }

  @ParameterizedTest
  @EnumSource(Channel.class)
  void wireName_roundTrips(Channel channel) {

    Optional<Channel> found = Channel.fromWireName(channel.wireName());

    assertThat(found).contains(channel);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"WHATSAPP", "WhatsApp", "whats_app", "mms", " sms"})
  void unknownOrDifferentlySpelledName_fromWireName_findsNothing(String name) {

    Optional<Channel> found = Channel.fromWireName(name);

    assertThat(found).isEmpty();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({"WHATSAPP, true", "SMS, true", "EMAIL, false"})
  void usesPhoneNumbers_onlyOnPhoneChannels(Channel channel, boolean usesPhoneNumbers) {

    boolean actual = channel.usesPhoneNumbers();

    assertThat(actual).isEqualTo(usesPhoneNumbers);
  }
}
