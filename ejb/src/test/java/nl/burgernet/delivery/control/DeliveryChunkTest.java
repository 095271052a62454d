package nl.burgernet.delivery.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.LongStream;
import nl.burgernet.delivery.entity.SendPriority;
import nl.burgernet.participant.entity.Channel;
import org.junit.jupiter.api.Test;

class DeliveryChunkTest {

  @Test
  void ids_are_cut_into_chunks_of_at_most_the_size_in_their_order() {
    List<Long> ids = LongStream.rangeClosed(1, 1_201).boxed().toList();

    List<DeliveryChunk> chunks = DeliveryChunk.split(7, Channel.SMS, ids, 500);

    assertThat(chunks).extracting(c -> c.deliveryIds().size()).containsExactly(500, 500, 201);
    assertThat(chunks.stream().flatMap(c -> c.deliveryIds().stream()).toList()).isEqualTo(ids);
    assertThat(chunks).allSatisfy(c -> assertThat(c.requestId()).isEqualTo(7));
  }

  @Test
  void exactly_one_chunk_holds_a_chunk_s_worth() {
    assertThat(DeliveryChunk.split(1, Channel.EMAIL, List.of(1L, 2L), 2)).hasSize(1);
    assertThat(DeliveryChunk.split(1, Channel.EMAIL, List.of(), 2)).isEmpty();
  }

  @Test
  void an_empty_chunk_is_refused() {
    assertThatThrownBy(() -> new DeliveryChunk(1, Channel.SMS, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DeliveryChunk.split(1, Channel.SMS, List.of(1L), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_chunk_travels_as_json_and_back() {
    DeliveryChunk chunk = new DeliveryChunk(42, Channel.SMS, List.of(3L, 5L, 8L));

    String json = DeliveryChunkJson.write(chunk);

    assertThat(json).isEqualTo("{\"request\":42,\"channel\":\"SMS\",\"deliveries\":[3,5,8]}");
    assertThat(DeliveryChunkJson.read(json)).isEqualTo(chunk);
  }

  @Test
  void anything_else_on_the_queue_is_refused_so_it_reaches_the_dead_letter_queue() {
    assertThatThrownBy(() -> DeliveryChunkJson.read("dit is geen chunk"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> DeliveryChunkJson.read("{\"request\":1,\"channel\":\"FAX\",\"deliveries\":[1]}"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DeliveryChunkJson.read("{\"request\":1,\"channel\":\"SMS\"}"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void time_critical_and_normal_chunks_travel_on_separate_queues_per_channel() {
    assertThat(DeliveryQueues.of(Channel.SMS, SendPriority.TIME_CRITICAL))
        .isEqualTo("burgernet.delivery.sms.urgent");
    assertThat(DeliveryQueues.of(Channel.SMS, SendPriority.NORMAL))
        .isEqualTo("burgernet.delivery.sms.normal");
    assertThat(DeliveryQueues.of(Channel.EMAIL, SendPriority.TIME_CRITICAL))
        .isEqualTo("burgernet.delivery.mail.urgent");
    assertThat(DeliveryQueues.of(Channel.APP, SendPriority.TIME_CRITICAL))
        .isEqualTo("burgernet.delivery.app.urgent");
    assertThat(DeliveryQueues.of(Channel.VOICE, SendPriority.NORMAL))
        .isEqualTo("burgernet.delivery.voice.normal");
  }
}
