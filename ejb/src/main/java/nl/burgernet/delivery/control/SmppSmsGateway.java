package nl.burgernet.delivery.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import nl.burgernet.delivery.entity.SmsMessage;
import nl.burgernet.delivery.entity.SmsText;

/**
 * SMPP adapter of the {@link SmsGateway}: one submit_sm per segment over the shared {@link
 * SmscSession}, in GSM-7 or UCS-2 as the text needs, with a concatenation header when the text
 * takes more than one segment. A failure part-way goes back to the broker as a whole; the handset
 * then may get the first segments twice, under a different reference, rather than no message.
 */
@ApplicationScoped
public class SmppSmsGateway implements SmsGateway {

  /** The concatenation reference only has to differ between texts in flight to one handset. */
  private final AtomicInteger references =
      new AtomicInteger(ThreadLocalRandom.current().nextInt(256));

  @Inject private SmscSession smsc;

  @Override
  public List<String> send(SmsMessage message) {
    SmsText text = message.text();
    String destination = message.to().substring(1);
    byte dataCoding = SmppCoding.dataCoding(text.alphabet());
    byte esmClass = text.segmentCount() > 1 ? SmppCoding.UDH_INDICATOR : 0;
    List<String> messageIds = new ArrayList<>(text.segmentCount());
    for (byte[] shortMessage :
        SmppCoding.shortMessages(text, references.getAndIncrement() & 0xFF)) {
      messageIds.add(smsc.submit(destination, dataCoding, esmClass, shortMessage));
    }
    return messageIds;
  }

  /**
   * The segments of one message go in order, one after the other, on one of the window's threads.
   */
  @Override
  public CompletableFuture<List<String>> sendAsync(SmsMessage message) {
    return smsc.inWindow(() -> send(message));
  }
}
