package nl.burgernet.participant.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import nl.burgernet.audit.boundary.AuditTrail;
import nl.burgernet.audit.entity.AuditAction;
import nl.burgernet.audit.entity.AuditResult;
import nl.burgernet.participant.control.AddressLocator;
import nl.burgernet.participant.control.ConfirmationTokens;
import nl.burgernet.participant.control.DetailRules;
import nl.burgernet.participant.control.ParticipantExport;
import nl.burgernet.participant.control.ParticipantMails;
import nl.burgernet.participant.entity.Address;
import nl.burgernet.participant.entity.AddressChange;
import nl.burgernet.participant.entity.Channel;
import nl.burgernet.participant.entity.ConfirmationState;
import nl.burgernet.participant.entity.EmailAddress;
import nl.burgernet.participant.entity.Participant;
import nl.burgernet.participant.entity.ParticipantLocation;
import nl.burgernet.participant.entity.ParticipantStatus;
import nl.burgernet.participant.entity.PushSubscription;
import nl.burgernet.participant.entity.QuietHours;
import nl.burgernet.participant.entity.SelfServiceToken;
import nl.burgernet.participant.entity.SelfServiceTokenKind;
import nl.burgernet.participant.entity.Unsubscription;
import nl.burgernet.platform.boundary.InvalidInputException;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.control.SystemScope;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Participant self-service without passwords. A participant asks for a magic link by e-mail
 * address; the single-use link opens a short session in which they see their own data, change
 * channels and quiet hours at once, ask for an address change (which waits for the relation
 * manager) and download everything stored about them. A link can also pair the participant web app
 * on a device, for a long-lived device token with which the app registers for push and, where the
 * participant turns it on, reports its location. Nobody is logged in, so the work runs in the
 * system scope; every answer is about the token's own participant only.
 */
@Stateless
@ScopeFiltered
@SystemScope
@PermitAll
public class SelfService {

  /** The actor in the audit trail for a participant serving themselves. */
  public static final String PARTICIPANT_ACTOR = "deelnemer";

  private static final Duration THROTTLE_WINDOW = Duration.ofHours(1);

  /** Message keys of a refused app device token: webApp.device.{invalid,used,expired}. */
  static final String APP_DEVICE = "webApp.device";

  /** More devices than this for one person is a script, not a household. */
  static final int MAXIMUM_PUSH_DEVICES = 10;

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private AddressLocator locator;

  @Inject private ParticipantMails mails;

  @Inject private AuditTrail auditTrail;

  @Inject private Clock clock;

  @Inject private Logger log;

  @Inject
  @ConfigProperty(name = "burgernet.self-service.link-minutes", defaultValue = "30")
  int linkMinutes;

  @Inject
  @ConfigProperty(name = "burgernet.self-service.session-minutes", defaultValue = "15")
  int sessionMinutes;

  @Inject
  @ConfigProperty(name = "burgernet.self-service.links-per-hour", defaultValue = "3")
  int linksPerHour;

  @Inject
  @ConfigProperty(name = "burgernet.app.device-days", defaultValue = "180")
  int deviceDays;

  /** How long a position the app reported counts (also for the action selection). */
  @Inject
  @ConfigProperty(name = "burgernet.app.location-hours", defaultValue = "2")
  int locationHours;

  /** Plain-http push endpoints: only the embedded run's local push receiver has one. */
  @Inject
  @ConfigProperty(name = "burgernet.push.http.endpoints", defaultValue = "false")
  boolean httpPushEndpoints;

  /**
   * Mails a magic link to the active participant with this address, at most {@code
   * burgernet.self-service.links-per-hour} an hour. The caller learns nothing: the same silence
   * whether the address is known, unknown or throttled.
   */
  public void requestLink(
      @NotBlank(message = "{selfService.email.required}") @ValidEmailAddress String email) {
    Instant now = clock.instant();
    List<Participant> owners =
        em.createNamedQuery(Participant.BY_EMAIL_AND_STATUS, Participant.class)
            .setParameter("email", EmailAddress.of(email))
            .setParameter("status", ParticipantStatus.ACTIVE)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    for (Participant owner : owners) {
      long recent =
          em.createNamedQuery(SelfServiceToken.COUNT_SINCE, Long.class)
              .setParameter("participant", owner)
              .setParameter("kind", SelfServiceTokenKind.LINK)
              .setParameter("since", now.minus(THROTTLE_WINDOW))
              .getSingleResult();
      if (recent >= linksPerHour) {
        audit(AuditAction.CREATE, owner, AuditResult.DENIED);
        log.info(() -> "Self-service link for participant " + owner.getId() + " throttled");
        continue;
      }
      String token = ConfirmationTokens.newToken();
      SelfServiceToken link =
          new SelfServiceToken(
              owner,
              SelfServiceTokenKind.LINK,
              ConfirmationTokens.hash(token),
              now,
              Duration.ofMinutes(linkMinutes));
      em.persist(link);
      mails.sendSelfServiceLink(owner, token, link.getExpiresAt());
      audit(AuditAction.CREATE, owner, AuditResult.SUCCESS);
    }
  }

  /**
   * Spends a magic link and opens a session of {@code burgernet.self-service.session-minutes}.
   * Refuses a link that is unknown, used or expired with a Dutch message saying which.
   */
  public SelfServiceSession openSession(String linkToken) {
    return spend(linkToken, SelfServiceTokenKind.SESSION, Duration.ofMinutes(sessionMinutes));
  }

  /**
   * Spends a magic link to pair the participant web app on one device: a device token of {@code
   * burgernet.app.device-days}, which the app keeps. It ends when the app unpairs, when the
   * participant unsubscribes, or when it expires; refusals as for {@link #openSession}.
   */
  public SelfServiceSession pairApp(String linkToken) {
    return spend(linkToken, SelfServiceTokenKind.DEVICE, Duration.ofDays(deviceDays));
  }

  private SelfServiceSession spend(String linkToken, SelfServiceTokenKind kind, Duration lifetime) {
    SelfServiceToken link = token(linkToken, SelfServiceTokenKind.LINK, "selfService.link");
    Instant now = clock.instant();
    link.use(now);
    String token = ConfirmationTokens.newToken();
    SelfServiceToken opened =
        new SelfServiceToken(
            link.getParticipant(), kind, ConfirmationTokens.hash(token), now, lifetime);
    em.persist(opened);
    audit(AuditAction.LOGIN, link.getParticipant(), AuditResult.SUCCESS);
    return new SelfServiceSession(token, opened.getExpiresAt());
  }

  /**
   * Who holds this app device token, with the places Burgernetacties reach them: what the app may
   * show them. Refuses a token that is unknown, ended or expired.
   */
  public AppHolder appHolder(String deviceToken) {
    Participant participant =
        token(deviceToken, SelfServiceTokenKind.DEVICE, APP_DEVICE).getParticipant();
    ParticipantLocation location = em.find(ParticipantLocation.class, participant.getId());
    boolean fresh =
        location != null && location.isFresh(clock.instant(), Duration.ofHours(locationHours));
    return AppHolder.of(participant, fresh ? location : null);
  }

  /**
   * The app reports where it is, because the participant turned this on: Burgernetacties reach them
   * there on the app for {@code burgernet.app.location-hours}. Only the last report is kept.
   */
  public void reportLocation(String deviceToken, double latitude, double longitude) {
    Participant participant =
        token(deviceToken, SelfServiceTokenKind.DEVICE, APP_DEVICE).getParticipant();
    Instant now = clock.instant();
    ParticipantLocation location = em.find(ParticipantLocation.class, participant.getId());
    try {
      if (location == null) {
        em.persist(new ParticipantLocation(participant.getId(), latitude, longitude, now));
        // turning it on is a choice about personal data; every later report only moves it
        audit(AuditAction.UPDATE, participant, AuditResult.SUCCESS);
      } else {
        location.moveTo(latitude, longitude, now);
      }
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("webApp.location.invalid");
    }
  }

  /** The participant turned location off: the last reported position is deleted at once. */
  public void forgetLocation(String deviceToken) {
    Participant participant =
        token(deviceToken, SelfServiceTokenKind.DEVICE, APP_DEVICE).getParticipant();
    ParticipantLocation location = em.find(ParticipantLocation.class, participant.getId());
    if (location != null) {
      em.remove(location);
      audit(AuditAction.UPDATE, participant, AuditResult.SUCCESS);
      log.info(() -> "Participant " + participant.getId() + " stopped sharing a location");
    }
  }

  /** The app on this device stops: its token no longer opens anything. */
  public void unpairApp(String deviceToken) {
    SelfServiceToken device = token(deviceToken, SelfServiceTokenKind.DEVICE, APP_DEVICE);
    device.use(clock.instant());
    audit(AuditAction.LOGOUT, device.getParticipant(), AuditResult.SUCCESS);
  }

  /** The participant's own data, with an address change that still waits. */
  public OwnData view(String sessionToken) {
    Participant participant = participant(sessionToken);
    audit(AuditAction.READ, participant, AuditResult.SUCCESS);
    return OwnData.of(participant, pendingChange(participant));
  }

  /** Channels and quiet hours take effect at once. */
  public OwnData changePreferences(
      String sessionToken,
      @NotEmpty(message = "{participant.channels.required}") Set<Channel> channels,
      LocalTime quietFrom,
      LocalTime quietUntil) {
    Participant participant = participant(sessionToken);
    DetailRules.checkChannels(channels, participant.getContact());
    DetailRules.checkQuietHours(quietFrom, quietUntil);
    participant.changeChannels(channels);
    participant.changeQuietHours(quietFrom == null ? null : new QuietHours(quietFrom, quietUntil));
    audit(AuditAction.UPDATE, participant, AuditResult.SUCCESS);
    log.info(() -> "Participant " + participant.getId() + " changed channels or quiet hours");
    return OwnData.of(participant, pendingChange(participant));
  }

  /**
   * Whether the participant gets the public report of the actions that reached them by mail, after
   * the regional bureau published it. Takes effect at once.
   */
  public OwnData changeActionReports(String sessionToken, boolean wanted) {
    Participant participant = participant(sessionToken);
    participant.changeActionReports(wanted);
    audit(AuditAction.UPDATE, participant, AuditResult.SUCCESS);
    log.info(() -> "Participant " + participant.getId() + " changed the action-report choice");
    return OwnData.of(participant, pendingChange(participant));
  }

  /**
   * Asks for a new home address and optional work address ({@code work} null: none). They are
   * located at once and wait for the relation manager's approval; a newer request replaces one
   * still waiting.
   */
  public OwnData requestAddressChange(
      String sessionToken,
      @NotNull(message = "{participant.home.required}") @Valid AddressDetails home,
      @Valid AddressDetails work) {
    Participant participant = participant(sessionToken);
    Address newHome = home.toAddress();
    Address newWork = work == null ? null : work.toAddress();
    if (!AddressChange.changes(participant, newHome, newWork)) {
      throw new InvalidInputException("selfService.address.unchanged");
    }
    locator.locate(newHome);
    if (newWork != null) {
      locator.locate(newWork);
    }
    Instant now = clock.instant();
    pendingChange(participant).ifPresent(waiting -> waiting.withdraw(now));
    AddressChange change = new AddressChange(participant, newHome, newWork, now);
    em.persist(change);
    audit(AuditAction.UPDATE, participant, AuditResult.SUCCESS);
    log.info(
        () ->
            "Participant "
                + participant.getId()
                + " asked for an address change ("
                + (newHome.isLocated() ? "located" : "not located")
                + ")");
    return OwnData.of(participant, Optional.of(change));
  }

  /** Everything stored about the participant, as JSON (no ids, hashes or tokens). */
  public String export(String sessionToken) {
    Participant participant = participant(sessionToken);
    audit(AuditAction.READ, participant, AuditResult.SUCCESS);
    return ParticipantExport.of(
            participant,
            em.createNamedQuery(AddressChange.OF_PARTICIPANT, AddressChange.class)
                .setParameter("participant", participant)
                .getResultList(),
            em.createNamedQuery(Unsubscription.OF_PARTICIPANT, Unsubscription.class)
                .setParameter("participant", participant)
                .getResultList(),
            devices(participant),
            em.find(ParticipantLocation.class, participant.getId()),
            clock.instant())
        .toString();
  }

  /**
   * The participant's browser or app takes app notifications from now on (when APP is among their
   * channels). An endpoint registered before, by anyone, is replaced: a push service gives each
   * endpoint to one browser, and that browser now belongs to this session. The token is a session
   * or the web app's device token.
   */
  public void addPushSubscription(
      String sessionToken, @NotNull @Valid PushSubscriptionDetails subscription) {
    Participant participant = sessionOrDeviceHolder(sessionToken);
    PushSubscription device;
    try {
      device =
          new PushSubscription(
              participant.getId(),
              subscription.endpoint(),
              subscription.p256dh(),
              subscription.auth(),
              clock.instant());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("selfService.push.invalid");
    }
    if (!httpPushEndpoints && !device.getEndpoint().startsWith("https://")) {
      throw new InvalidInputException("selfService.push.https");
    }
    removeDevice(device.getEndpoint());
    if (devices(participant).size() >= MAXIMUM_PUSH_DEVICES) {
      throw new InvalidInputException("selfService.push.tooMany", MAXIMUM_PUSH_DEVICES);
    }
    em.persist(device);
    audit(AuditAction.UPDATE, participant, AuditResult.SUCCESS);
    log.info(() -> "Participant " + participant.getId() + " added a push subscription");
  }

  /** The browser or app stops taking app notifications (the participant unsubscribed in it). */
  public void removePushSubscription(String sessionToken, @NotBlank String endpoint) {
    Participant participant = sessionOrDeviceHolder(sessionToken);
    boolean own =
        devices(participant).stream()
            .anyMatch(device -> device.getEndpoint().equals(endpoint.strip()));
    if (own) {
      removeDevice(endpoint);
      audit(AuditAction.UPDATE, participant, AuditResult.SUCCESS);
    }
  }

  private List<PushSubscription> devices(Participant participant) {
    return em.createNamedQuery(PushSubscription.OF_PARTICIPANT, PushSubscription.class)
        .setParameter("participant", participant.getId())
        .getResultList();
  }

  private void removeDevice(String endpoint) {
    em.createNamedQuery(PushSubscription.BY_ENDPOINT, PushSubscription.class)
        .setParameter("hash", PushSubscription.hashOf(endpoint))
        .getResultStream()
        .forEach(em::remove);
    em.flush();
  }

  /** Ends the session before it expires. */
  public void endSession(String sessionToken) {
    SelfServiceToken session =
        token(sessionToken, SelfServiceTokenKind.SESSION, "selfService.session");
    session.use(clock.instant());
    audit(AuditAction.LOGOUT, session.getParticipant(), AuditResult.SUCCESS);
  }

  private Participant participant(String sessionToken) {
    return token(sessionToken, SelfServiceTokenKind.SESSION, "selfService.session")
        .getParticipant();
  }

  /** The participant of a self-service session or of a paired web app. */
  private Participant sessionOrDeviceHolder(String token) {
    boolean device =
        ConfirmationTokens.looksLikeToken(token)
            && em.createNamedQuery(SelfServiceToken.BY_HASH, SelfServiceToken.class)
                .setParameter("hash", ConfirmationTokens.hash(token))
                .setParameter("kind", SelfServiceTokenKind.DEVICE)
                .getResultStream()
                .findFirst()
                .isPresent();
    return device
        ? token(token, SelfServiceTokenKind.DEVICE, APP_DEVICE).getParticipant()
        : participant(token);
  }

  /** The token if it is valid now, else a refusal with the message {@code prefix.<state>}. */
  private SelfServiceToken token(String token, SelfServiceTokenKind kind, String prefix) {
    if (!ConfirmationTokens.looksLikeToken(token)) {
      throw new InvalidInputException(prefix + ".invalid");
    }
    SelfServiceToken found =
        em.createNamedQuery(SelfServiceToken.BY_HASH, SelfServiceToken.class)
            .setParameter("hash", ConfirmationTokens.hash(token))
            .setParameter("kind", kind)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new InvalidInputException(prefix + ".invalid"));
    ConfirmationState state = found.state(clock.instant());
    if (state != ConfirmationState.VALID) {
      throw new InvalidInputException(prefix + "." + state.name().toLowerCase(Locale.ROOT));
    }
    return found;
  }

  private Optional<AddressChange> pendingChange(Participant participant) {
    return em.createNamedQuery(AddressChange.OF_PARTICIPANT, AddressChange.class)
        .setParameter("participant", participant)
        .getResultStream()
        .filter(AddressChange::isPending)
        .findFirst();
  }

  private void audit(AuditAction action, Participant participant, AuditResult result) {
    auditTrail.recordFor(
        PARTICIPANT_ACTOR,
        participant.getScopeRegionId(),
        action,
        Registrations.AUDIT_OBJECT,
        participant.getId(),
        result);
  }
}
