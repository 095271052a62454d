package nl.burgernet.delivery.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import nl.burgernet.participant.entity.Channel;
import nl.burgernet.security.entity.Scope;
import org.junit.jupiter.api.Test;

class DeliveryRulesTest {

  private static final Instant NOW = Instant.parse("2026-11-22T10:15:30Z");

  @Test
  void a_delivery_goes_from_pending_through_queued_and_sent_to_delivered() {
    assertThat(DeliveryState.PENDING.canMoveTo(DeliveryState.QUEUED)).isTrue();
    assertThat(DeliveryState.QUEUED.canMoveTo(DeliveryState.SENT)).isTrue();
    assertThat(DeliveryState.SENT.canMoveTo(DeliveryState.DELIVERED)).isTrue();
    assertThat(DeliveryState.PENDING.canMoveTo(DeliveryState.SENT))
        .as("only a taken delivery is sent")
        .isFalse();
  }

  @Test
  void delivered_and_failed_are_final() {
    for (DeliveryState target : DeliveryState.values()) {
      assertThat(DeliveryState.DELIVERED.canMoveTo(target)).isFalse();
      assertThat(DeliveryState.FAILED.canMoveTo(target)).isFalse();
    }
  }

  @Test
  void a_recall_cancels_exactly_the_deliveries_not_yet_sent() {
    assertThat(DeliveryState.leadingTo(DeliveryState.CANCELLED))
        .isEqualTo(DeliveryState.OPEN)
        .containsExactlyInAnyOrder(DeliveryState.PENDING, DeliveryState.QUEUED);
  }

  @Test
  void only_dead_letters_are_retried() {
    assertThat(DeliveryState.leadingTo(DeliveryState.PENDING))
        .containsExactly(DeliveryState.DEAD_LETTERED);
  }

  @Test
  void a_send_that_overtook_the_recall_is_recorded_as_sent() {
    assertThat(DeliveryState.CANCELLED.canMoveTo(DeliveryState.SENT)).isTrue();
    assertThat(DeliveryState.CANCELLED.canMoveTo(DeliveryState.PENDING)).isFalse();
  }

  @Test
  void a_redelivered_chunk_takes_its_in_flight_deliveries_again() {
    assertThat(DeliveryState.leadingTo(DeliveryState.QUEUED))
        .containsExactlyInAnyOrder(DeliveryState.PENDING, DeliveryState.QUEUED);
  }

  @Test
  void addresses_are_masked_for_screens() {
    assertThat(Delivery.mask("+31612345678")).isEqualTo("+316*****678");
    assertThat(Delivery.mask("jan.de.vries@example.nl")).isEqualTo("j***@example.nl");
  }

  @Test
  void a_request_has_content_for_the_channels_it_uses() {
    SendRequest sms = request("Kijk uit naar een man met een blauwe jas", null, null);
    SendRequest both = request("Tekst", "Onderwerp", "Inhoud");

    assertThat(sms.channelsWithContent()).containsExactly(Channel.SMS);
    assertThat(both.channelsWithContent()).containsExactlyInAnyOrder(Channel.SMS, Channel.EMAIL);
    assertThat(sms.getState()).isEqualTo(SendRequestState.SENDING);
  }

  @Test
  void a_request_without_content_or_with_half_a_mail_is_refused() {
    assertThatThrownBy(() -> request(null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> request(null, "Onderwerp", null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_voice_script_and_an_app_title_open_their_channels() {
    SendRequest request =
        new SendRequest(
            "key-voice-app",
            SendPriority.TIME_CRITICAL,
            "Vermissing",
            new ChannelContent(
                null, null, null, null, "Let op, vermist kind.", "Vermist kind", null),
            "meldkamer",
            Scope.national(),
            NOW);
    request.fannedOut(Map.of(Channel.APP, 2, Channel.VOICE, 5), NOW);

    assertThat(request.channelsWithContent()).containsExactlyInAnyOrder(Channel.VOICE, Channel.APP);
    assertThat(request.countFor(Channel.APP)).isEqualTo(2);
    assertThat(request.countFor(Channel.VOICE)).isEqualTo(5);
  }

  @Test
  void an_app_body_without_a_title_is_refused() {
    assertThatThrownBy(
            () ->
                new SendRequest(
                    "key-app",
                    SendPriority.NORMAL,
                    "Nieuws",
                    new ChannelContent(null, null, null, null, null, null, "Alleen tekst"),
                    "meldkamer",
                    Scope.national(),
                    NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_request_to_nobody_is_finished_at_once() {
    SendRequest request = request("Tekst", null, null);

    request.fannedOut(Map.of(), NOW);

    assertThat(request.getState()).isEqualTo(SendRequestState.FINISHED);
  }

  @Test
  void a_recalled_request_stays_recalled() {
    SendRequest request = request("Tekst", null, null);
    request.fannedOut(Map.of(Channel.SMS, 10), NOW);

    request.recall(NOW);

    assertThat(request.getState()).isEqualTo(SendRequestState.RECALLED);
    assertThatThrownBy(() -> request.resume(NOW)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> request.finish(NOW)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void a_finished_request_resumes_for_a_retry_but_cannot_be_recalled() {
    SendRequest request = request("Tekst", null, null);
    request.fannedOut(Map.of(Channel.SMS, 3), NOW);
    request.finish(NOW);

    assertThat(request.canMoveTo(SendRequestState.RECALLED)).isFalse();
    request.resume(NOW);
    assertThat(request.getState()).isEqualTo(SendRequestState.SENDING);
  }

  @Test
  void a_request_is_scoped_like_its_requester() {
    SendRequest request =
        new SendRequest(
            "key-1",
            SendPriority.NORMAL,
            "Nieuwsbrief",
            ChannelContent.sms("Tekst"),
            "ambassadeur",
            Scope.municipality(2, 20),
            NOW);

    assertThat(request.getScopeRegionId()).isEqualTo(2);
    assertThat(request.getScopeMunicipalityId()).isEqualTo(20);
  }

  private static SendRequest request(String sms, String subject, String body) {
    return new SendRequest(
        "key-" + System.nanoTime(),
        SendPriority.TIME_CRITICAL,
        "Vermissing",
        new ChannelContent(sms, subject, body, null, null, null, null),
        "meldkamer",
        Scope.national(),
        NOW);
  }
}
