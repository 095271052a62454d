package nl.burgernet.delivery.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.burgernet.participant.entity.Channel;
import nl.burgernet.security.entity.Scope;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * One thing to send to many participants (an action round, a newsletter, a confirmation): the
 * content per channel, how urgent it is, who asked, and the caller's idempotency key, which makes a
 * retried submit find this request instead of sending again.
 *
 * <p>Scoped like {@code Participant}, by the requester's scope: a municipality's request is seen by
 * its municipality and region, a national request by national staff only.
 */
@Entity
@Table(name = "send_request")
@AdditionalCriteria(
    "(:scopeRegion = 0 OR this.scopeRegionId = :scopeRegion)"
        + " AND (:scopeMunicipality = 0 OR this.scopeMunicipalityId = :scopeMunicipality)")
@NamedQuery(
    name = SendRequest.BY_KEY,
    query = "SELECT r FROM SendRequest r WHERE r.idempotencyKey = :key")
@NamedQuery(
    name = SendRequest.LATEST,
    query = "SELECT r FROM SendRequest r ORDER BY r.requestedAt DESC, r.id DESC")
public class SendRequest {

  public static final String BY_KEY = "SendRequest.byKey";
  public static final String LATEST = "SendRequest.latest";

  public static final int KEY_LENGTH = 100;
  public static final int DESCRIPTION_LENGTH = 200;
  public static final int SMS_TEXT_LENGTH = 1600;
  public static final int SUBJECT_LENGTH = 200;
  public static final int VOICE_SCRIPT_LENGTH = 1000;
  public static final int APP_TITLE_LENGTH = 100;
  public static final int APP_BODY_LENGTH = 500;

  /** The channels that have a gateway. */
  public static final Set<Channel> SUPPORTED_CHANNELS = EnumSet.allOf(Channel.class);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "idempotency_key", nullable = false, unique = true, length = KEY_LENGTH)
  private String idempotencyKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private SendPriority priority;

  @Column(nullable = false, length = DESCRIPTION_LENGTH, updatable = false)
  private String description;

  @Column(name = "sms_text", length = SMS_TEXT_LENGTH, updatable = false)
  private String smsText;

  @Column(name = "mail_subject", length = SUBJECT_LENGTH, updatable = false)
  private String mailSubject;

  @Column(name = "mail_body", updatable = false)
  private String mailBody;

  @Column(name = "mail_html", updatable = false)
  private String mailHtml;

  @Column(name = "voice_script", length = VOICE_SCRIPT_LENGTH, updatable = false)
  private String voiceScript;

  @Column(name = "app_title", length = APP_TITLE_LENGTH, updatable = false)
  private String appTitle;

  @Column(name = "app_body", length = APP_BODY_LENGTH, updatable = false)
  private String appBody;

  @Column(name = "requested_by", nullable = false, length = 60, updatable = false)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private Instant requestedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private SendRequestState state;

  @Column(name = "state_changed_at", nullable = false)
  private Instant stateChangedAt;

  @Column(name = "sms_count", nullable = false)
  private int smsCount;

  @Column(name = "email_count", nullable = false)
  private int emailCount;

  @Column(name = "app_count", nullable = false)
  private int appCount;

  @Column(name = "voice_count", nullable = false)
  private int voiceCount;

  @Column(name = "scope_region_id", updatable = false)
  private Long scopeRegionId;

  @Column(name = "scope_municipality_id", updatable = false)
  private Long scopeMunicipalityId;

  protected SendRequest() {}

  /**
   * A new request with the content of each channel it uses: an SMS text for SMS, a subject and a
   * body for e-mail, a script for voice, a title (and optional body) for the app. Checking that an
   * SMS text fits in SMS segments is the sender's business.
   */
  public SendRequest(
      String idempotencyKey,
      SendPriority priority,
      String description,
      ChannelContent content,
      String requestedBy,
      Scope requesterScope,
      Instant now) {
    String smsText = content.smsText();
    String mailSubject = content.mailSubject();
    String mailBody = content.mailBody();
    this.idempotencyKey = required(idempotencyKey, KEY_LENGTH, "an idempotency key");
    this.priority = Objects.requireNonNull(priority, "priority");
    this.description = required(description, DESCRIPTION_LENGTH, "a description");
    this.smsText = optional(smsText, SMS_TEXT_LENGTH, "the SMS text");
    this.mailSubject = optional(mailSubject, SUBJECT_LENGTH, "the mail subject");
    this.mailBody = mailBody == null || mailBody.isBlank() ? null : mailBody;
    if ((this.mailSubject == null) != (this.mailBody == null)) {
      throw new IllegalArgumentException("a mail needs both a subject and a body");
    }
    this.mailHtml =
        content.mailHtml() == null || content.mailHtml().isBlank() ? null : content.mailHtml();
    if (this.mailHtml != null && this.mailBody == null) {
      throw new IllegalArgumentException("an HTML body is the alternative of a plain-text body");
    }
    this.voiceScript = optional(content.voiceScript(), VOICE_SCRIPT_LENGTH, "the voice script");
    this.appTitle = optional(content.appTitle(), APP_TITLE_LENGTH, "the app title");
    this.appBody = optional(content.appBody(), APP_BODY_LENGTH, "the app body");
    if (this.appBody != null && this.appTitle == null) {
      throw new IllegalArgumentException("an app notification needs a title");
    }
    if (channelsWithContent().isEmpty()) {
      throw new IllegalArgumentException("a send request needs content for a channel");
    }
    this.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
    this.requestedAt = now;
    this.state = SendRequestState.SENDING;
    this.stateChangedAt = now;
    this.scopeRegionId = requesterScope.regionId();
    this.scopeMunicipalityId = requesterScope.municipalityId();
  }

  /** The channels this request has content for, of those it may be sent over. */
  public Set<Channel> channelsWithContent() {
    Set<Channel> channels = EnumSet.noneOf(Channel.class);
    if (smsText != null) {
      channels.add(Channel.SMS);
    }
    if (mailSubject != null) {
      channels.add(Channel.EMAIL);
    }
    if (voiceScript != null) {
      channels.add(Channel.VOICE);
    }
    if (appTitle != null) {
      channels.add(Channel.APP);
    }
    return channels;
  }

  /**
   * Records how many deliveries the fan-out wrote per channel; a request to nobody is finished at
   * once.
   */
  public void fannedOut(Map<Channel, Integer> counts, Instant now) {
    this.smsCount = counts.getOrDefault(Channel.SMS, 0);
    this.emailCount = counts.getOrDefault(Channel.EMAIL, 0);
    this.appCount = counts.getOrDefault(Channel.APP, 0);
    this.voiceCount = counts.getOrDefault(Channel.VOICE, 0);
    if (smsCount + emailCount + appCount + voiceCount == 0) {
      moveTo(SendRequestState.FINISHED, now);
    }
  }

  public void recall(Instant now) {
    moveTo(SendRequestState.RECALLED, now);
  }

  /** Dead letters are sent again. */
  public void resume(Instant now) {
    if (state != SendRequestState.SENDING) {
      moveTo(SendRequestState.SENDING, now);
    }
  }

  public void finish(Instant now) {
    moveTo(SendRequestState.FINISHED, now);
  }

  public boolean canMoveTo(SendRequestState target) {
    return state.canMoveTo(target);
  }

  private void moveTo(SendRequestState target, Instant now) {
    if (!state.canMoveTo(target)) {
      throw new IllegalStateException("a send request cannot go from " + state + " to " + target);
    }
    this.state = target;
    this.stateChangedAt = now;
  }

  public int countFor(Channel channel) {
    return switch (channel) {
      case SMS -> smsCount;
      case EMAIL -> emailCount;
      case APP -> appCount;
      case VOICE -> voiceCount;
    };
  }

  private static String required(String value, int maximum, String what) {
    if (value == null || value.isBlank() || value.strip().length() > maximum) {
      throw new IllegalArgumentException(what + " of at most " + maximum + " characters is needed");
    }
    return value.strip();
  }

  private static String optional(String value, int maximum, String what) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.strip().length() > maximum) {
      throw new IllegalArgumentException(what + " has at most " + maximum + " characters");
    }
    return value.strip();
  }

  public Long getId() {
    return id;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public SendPriority getPriority() {
    return priority;
  }

  public String getDescription() {
    return description;
  }

  public Optional<String> getSmsText() {
    return Optional.ofNullable(smsText);
  }

  public Optional<String> getMailSubject() {
    return Optional.ofNullable(mailSubject);
  }

  public Optional<String> getMailBody() {
    return Optional.ofNullable(mailBody);
  }

  /** The HTML alternative of the mail body, if the request has one. */
  public Optional<String> getMailHtml() {
    return Optional.ofNullable(mailHtml);
  }

  public Optional<String> getVoiceScript() {
    return Optional.ofNullable(voiceScript);
  }

  public Optional<String> getAppTitle() {
    return Optional.ofNullable(appTitle);
  }

  public Optional<String> getAppBody() {
    return Optional.ofNullable(appBody);
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public SendRequestState getState() {
    return state;
  }

  public Instant getStateChangedAt() {
    return stateChangedAt;
  }

  public int getSmsCount() {
    return smsCount;
  }

  public int getEmailCount() {
    return emailCount;
  }

  public int getAppCount() {
    return appCount;
  }

  public int getVoiceCount() {
    return voiceCount;
  }

  public Long getScopeRegionId() {
    return scopeRegionId;
  }

  public Long getScopeMunicipalityId() {
    return scopeMunicipalityId;
  }
}
