package nl.burgernet.delivery.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.burgernet.delivery.entity.UnsubscribeByMail;
import nl.burgernet.platform.control.JobClaims;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the bounce mailbox over IMAP every {@code burgernet.bounce.interval} seconds: each bounce
 * fails its delivery and tells the participant component ({@link DeliveryLedger#bounced}); a mail
 * from the {@code List-Unsubscribe} mailto unsubscribes its participant. Handled mails are deleted;
 * mails that are neither stay in the mailbox, marked read, for a person to look at.
 *
 * <p>The timer is not persistent: it is created again at every start from the configuration, and
 * everything it has to remember is in the mailbox and the database, so a restart loses nothing. It
 * runs on every instance; the run is claimed in the database ({@link JobClaims}), so one instance
 * at a time reads the mailbox. The claim is a short lease renewed while mails are handled: an
 * instance that dies mid-run holds up the others for one lease only, not for a whole run's length.
 * Without {@code burgernet.bounce.imap.host} there is no intake.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BounceIntake {

  static final String JOB = "bounce-intake";

  /** Mails handled per run at most; the next run takes the rest. */
  static final int BATCH = 500;

  /**
   * How long a claim holds without renewal. Handling one mail takes far less (the IMAP timeouts are
   * 30 s); should a renewal come too late, another instance may handle a mail a second time, which
   * changes nothing: a failed delivery stays failed, an unsubscribed participant stays so.
   */
  static final Duration LEASE = Duration.ofSeconds(30);

  @Inject
  @ConfigProperty(name = "burgernet.bounce.imap.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "burgernet.bounce.imap.port", defaultValue = "993")
  int port;

  @Inject
  @ConfigProperty(name = "burgernet.bounce.imap.ssl", defaultValue = "true")
  boolean ssl;

  @Inject
  @ConfigProperty(name = "burgernet.bounce.imap.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "burgernet.bounce.imap.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "burgernet.bounce.interval", defaultValue = "60")
  int pollSeconds;

  @Inject private OwnMailAddresses ownAddresses;

  @Inject private JobClaims claims;

  @Inject private DeliveryLedger ledger;

  @Inject private Event<UnsubscribeByMail> unsubscribes;

  @Inject private Logger log;

  @Inject private Clock clock;

  @Resource private TimerService timers;

  private Session session;

  @PostConstruct
  void schedule() {
    if (host.filter(h -> !h.isBlank()).isEmpty()) {
      log.info("No bounce mailbox configured (burgernet.bounce.imap.host): no bounce intake");
      return;
    }
    String protocol = ssl ? "imaps" : "imap";
    Properties settings = MailSessionSettings.withTimeouts(protocol);
    settings.put("mail.store.protocol", protocol);
    // reading a mail leaves it unread: only handling it marks it, after its change committed, so a
    // server stopped halfway through a mail reads that mail again at its next start
    settings.put("mail." + protocol + ".peek", "true");
    session = Session.getInstance(settings);
    long interval = Duration.ofSeconds(Math.max(1, pollSeconds)).toMillis();
    timers.createIntervalTimer(interval, interval, new TimerConfig(JOB, false));
    log.info(
        () -> "Bounce intake reads " + host.get() + ":" + port + " every " + pollSeconds + " s");
  }

  @Timeout
  void onTimer() {
    if (!claims.claim(JOB, LEASE)) {
      return;
    }
    try {
      readMailbox();
    } catch (MessagingException | RuntimeException e) {
      log.log(Level.WARNING, "Bounce mailbox could not be read; next run tries again", e);
    } finally {
      claims.release(JOB);
    }
  }

  /** Reads the unread mails of the inbox once; returns how many were handled and deleted. */
  int readMailbox() throws MessagingException {
    Store store = session.getStore();
    store.connect(host.orElseThrow(), port, user.orElse(null), password.orElse(null));
    try {
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_WRITE);
      int handled = 0;
      Instant claimed = clock.instant();
      try {
        Message[] unread = inbox.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
        for (Message message : Arrays.copyOf(unread, Math.min(unread.length, BATCH))) {
          if (clock.instant().isAfter(claimed.plus(LEASE.dividedBy(3)))) {
            if (!claims.claim(JOB, LEASE)) {
              break;
            }
            claimed = clock.instant();
          }
          boolean done;
          try {
            done = handle((MimeMessage) message);
          } catch (RuntimeException e) {
            // still unread, so the next run tries it again, while the mails after it are handled
            // now rather than wait behind one that keeps failing
            log.log(
                Level.WARNING, "A mail in the bounce mailbox failed; the next run retries it", e);
            continue;
          }
          message.setFlag(done ? Flags.Flag.DELETED : Flags.Flag.SEEN, true);
          handled += done ? 1 : 0;
        }
      } finally {
        inbox.close(true);
      }
      if (handled > 0) {
        int count = handled;
        log.info(() -> "Bounce intake handled " + count + " mails");
      }
      return handled;
    } finally {
      store.close();
    }
  }

  /**
   * Applies one mail; the database change commits before the mail is deleted, so a crash between
   * the two handles it again at worst (a delivery that failed stays failed).
   *
   * @return whether it was a bounce or an unsubscribe mail, and is done with
   */
  private boolean handle(MimeMessage message) throws MessagingException {
    Optional<UnsubscribeByMail> unsubscribe = UnsubscribeMail.requestIn(message.getSubject());
    if (unsubscribe.isPresent()) {
      unsubscribes.fire(unsubscribe.get());
      return true;
    }
    List<Bounce> bounces;
    try {
      bounces = BounceParser.parse(message, ownAddresses());
    } catch (IOException | MessagingException e) {
      log.log(Level.WARNING, "Unreadable mail in the bounce mailbox; left for a person", e);
      return false;
    }
    bounces.forEach(ledger::bounced);
    return !bounces.isEmpty();
  }

  private List<String> ownAddresses() {
    List<String> own = new ArrayList<>();
    try {
      own.add(ownAddresses.sender().getAddress());
    } catch (IllegalStateException e) {
      // an unusable sender fails the gateway at start already; nothing to exclude here
    }
    ownAddresses.bounceMailbox().ifPresent(own::add);
    return own;
  }
}
