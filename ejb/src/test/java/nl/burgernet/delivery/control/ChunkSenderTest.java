package nl.burgernet.delivery.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import java.util.stream.LongStream;
import nl.burgernet.delivery.entity.MailMessage;
import nl.burgernet.delivery.entity.SendPriority;
import nl.burgernet.delivery.entity.SmsMessage;
import nl.burgernet.participant.entity.Channel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class ChunkSenderTest {

  private static final int CHUNK = 500;
  private static final int IN_FLIGHT = 8;

  private final ScheduledExecutorService peer = Executors.newScheduledThreadPool(4);
  private final RecordingLedger ledger = new RecordingLedger();
  private final SlowPeer smsc = new SlowPeer();
  private final ChunkSender sender = new ChunkSender();

  @BeforeEach
  void wire() {
    sender.maxAttempts = 5;
    sender.inFlight = IN_FLIGHT;
    sender.publicBaseUrl = "http://localhost";
    sender.ledger = ledger;
    sender.throttles = new UnlimitedThrottles();
    sender.smsGateway = smsc;
    sender.mailGateway = smsc;
    sender.log = Logger.getLogger(ChunkSenderTest.class.getName());
  }

  @AfterEach
  void stopPeer() {
    peer.shutdownNow();
  }

  @Test
  void sms_go_several_at_a_time_but_never_more_than_the_in_flight_limit() {
    sender.send(chunk(Channel.SMS), SendPriority.NORMAL, 1);

    assertThat(smsc.mostAtOnce.get()).as("several in flight").isGreaterThan(1);
    assertThat(smsc.mostAtOnce.get()).as("bounded").isLessThanOrEqualTo(IN_FLIGHT);
    assertThat(ledger.sentIds()).as("every outcome recorded").hasSize(CHUNK);
  }

  @Test
  void outcomes_are_recorded_in_batches_so_a_crash_sends_again_only_a_bounded_number() {
    sender.send(chunk(Channel.EMAIL), SendPriority.NORMAL, 1);

    assertThat(ledger.batchSizes)
        .as("unrecorded outcomes at any time")
        .allSatisfy(size -> assertThat(size).isLessThan(ChunkSender.CHECKPOINT_SENDS + IN_FLIGHT));
    assertThat(ledger.sentIds()).hasSize(CHUNK);
  }

  @Test
  void after_a_gateway_failure_nothing_new_starts_and_the_running_sends_are_recorded() {
    smsc.failAt = 100;

    assertThatThrownBy(() -> sender.send(chunk(Channel.SMS), SendPriority.NORMAL, 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("goes back to the broker");

    assertThat(smsc.started.get())
        .as("stopped soon after the failure")
        .isLessThan(100 + 2 * IN_FLIGHT);
    assertThat(ledger.outcomes).as("every started send recorded").hasSize(smsc.started.get());
    assertThat(ledger.outcomes)
        .filteredOn(outcome -> outcome.kind() == Outcome.Kind.ATTEMPT_FAILED)
        .isNotEmpty();
  }

  private static DeliveryChunk chunk(Channel channel) {
    return new DeliveryChunk(7, channel, LongStream.rangeClosed(1, CHUNK).boxed().toList());
  }

  /** Answers each message a moment later, from its own threads, like an SMS centre or relay. */
  private final class SlowPeer implements SmsGateway, MailGateway {

    final AtomicInteger started = new AtomicInteger();
    final AtomicInteger open = new AtomicInteger();
    final AtomicInteger mostAtOnce = new AtomicInteger();
    volatile int failAt = Integer.MAX_VALUE;

    private <T> CompletableFuture<T> answer(T answer) {
      int number = started.incrementAndGet();
      mostAtOnce.accumulateAndGet(open.incrementAndGet(), Math::max);
      CompletableFuture<T> result = new CompletableFuture<>();
      peer.schedule(
          () -> {
            open.decrementAndGet();
            if (number >= failAt) {
              result.completeExceptionally(new IllegalStateException("peer down"));
            } else {
              result.complete(answer);
            }
          },
          1,
          TimeUnit.MILLISECONDS);
      return result;
    }

    @Override
    public List<String> send(SmsMessage message) {
      return answer(List.of("id")).join();
    }

    @Override
    public CompletableFuture<List<String>> sendAsync(SmsMessage message) {
      return answer(List.of("id-" + started.get()));
    }

    @Override
    public String send(MailMessage message) {
      return answer("mail").join();
    }

    @Override
    public CompletableFuture<String> sendAsync(MailMessage message) {
      return answer("mail-" + started.get());
    }
  }

  private static final class RecordingLedger extends DeliveryLedger {

    final List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    final List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());

    @Override
    public ChunkWork take(DeliveryChunk chunk) {
      return new ChunkWork(
          chunk.requestId(),
          SendPriority.NORMAL,
          "Burgernet: gezocht wordt een man in een blauwe jas.",
          "Inbraken in uw buurt",
          "Sluit ramen en deuren.",
          null,
          null,
          null,
          null,
          chunk.deliveryIds().stream()
              .map(id -> new ChunkWork.Task(id, address(chunk.channel(), id), id))
              .toList());
    }

    private static String address(Channel channel, long id) {
      return channel == Channel.EMAIL
          ? "deelnemer" + id + "@example.org"
          : "+316" + (10_000_000 + id);
    }

    @Override
    public boolean record(long requestId, List<Outcome> batch) {
      batchSizes.add(batch.size());
      outcomes.addAll(batch);
      return true;
    }

    @Override
    public void finishIfDone(long requestId) {}

    List<Long> sentIds() {
      return outcomes.stream()
          .filter(outcome -> outcome.kind() == Outcome.Kind.SENT)
          .map(Outcome::deliveryId)
          .distinct()
          .toList();
    }
  }

  private static final class UnlimitedThrottles extends Throttles {

    private final ChannelThrottle unlimited = new ChannelThrottle(1_000_000);

    @Override
    public ChannelThrottle of(Channel channel) {
      return unlimited;
    }
  }
}
