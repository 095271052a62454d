package nl.burgernet.delivery.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import nl.burgernet.delivery.entity.SmsDeliveryReceipt;

/**
 * Turns the SMS centre's delivery receipts into DELIVERED or FAILED deliveries. A receipt can
 * overtake the recording of its delivery as SENT (the SMS centre answers within milliseconds, the
 * consumer records in batches), so a receipt that matches nothing yet is tried again after 1, 2, 4
 * and 8 s; receipts of later segments of a long SMS never match (the first segment's decides).
 */
@ApplicationScoped
public class ReceiptMatcher {

  private static final int RETRIES = 4;

  @Resource private ManagedScheduledExecutorService scheduler;

  @Inject private DeliveryLedger ledger;

  @Inject private Logger log;

  void onReceipt(@ObservesAsync SmsDeliveryReceipt receipt) {
    if (receipt.state().isFinal()) {
      apply(receipt, 0);
    }
  }

  private void apply(SmsDeliveryReceipt receipt, int retry) {
    if (ledger.receipt(receipt.messageId(), receipt.state())) {
      return;
    }
    if (retry < RETRIES) {
      scheduler.schedule(() -> apply(receipt, retry + 1), 1L << retry, TimeUnit.SECONDS);
    } else {
      log.fine(() -> "No sent delivery for receipt " + receipt.messageId());
    }
  }
}
