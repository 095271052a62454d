package nl.burgernet.delivery.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import nl.burgernet.delivery.entity.SendPriority;
import nl.burgernet.participant.entity.Channel;
import org.junit.jupiter.api.Test;

class DeliveryQueuesTest {

  @Test
  void every_channel_and_priority_has_its_own_queue_which_tells_the_priority_back() {
    Set<String> queues = new HashSet<>();
    for (Channel channel : Channel.values()) {
      for (SendPriority priority : SendPriority.values()) {
        String queue = DeliveryQueues.of(channel, priority);
        queues.add(queue);
        assertThat(DeliveryQueues.priorityOf(queue)).as(queue).isEqualTo(priority);
      }
    }
    assertThat(queues).hasSize(Channel.values().length * SendPriority.values().length);
  }
}
