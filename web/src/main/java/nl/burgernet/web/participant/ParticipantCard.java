package nl.burgernet.web.participant;

import java.io.Serializable;
import java.time.Instant;
import nl.burgernet.participant.control.PhoneNumbers;
import nl.burgernet.participant.entity.EmailAddress;
import nl.burgernet.participant.entity.Participant;
import nl.burgernet.participant.entity.ParticipantStatus;
import nl.burgernet.participant.entity.QuietHours;

/**
 * A participant as the staff's participant page and the merge page show it, in words. Serializable
 * because those pages are view scoped.
 */
public class ParticipantCard implements Serializable {

  private static final long serialVersionUID = 1L;

  private long id;
  private String name;
  private String email;
  private String mobile;
  private String landline;
  private String home;
  private String work;
  private String municipality;
  private String channels;
  private String quietHours;
  private int yearOfBirth;
  private String source;
  private Instant registeredAt;
  private String status;
  private String reason;
  private boolean badEmail;
  private Instant emailBouncedAt;
  private String bounceDiagnostic;
  private boolean inQueue;
  private boolean quarantined;
  private boolean editable;

  static ParticipantCard of(Participant participant, ParticipantTexts texts) {
    ParticipantCard card = new ParticipantCard();
    card.id = participant.getId();
    card.name = participant.getName();
    card.email = participant.getEmail().map(EmailAddress::value).orElse(null);
    card.mobile = participant.getMobile().map(PhoneNumbers::readable).orElse(null);
    card.landline = participant.getLandline().map(PhoneNumbers::readable).orElse(null);
    card.home = WorkListRow.addressOf(participant.getHome());
    card.work = participant.getWork().map(WorkListRow::addressOf).orElse(null);
    card.municipality =
        participant.getHome().getMunicipality() == null
            ? null
            : participant.getHome().getMunicipality().getName();
    card.channels = texts.channels(participant.getChannels());
    card.quietHours =
        participant
            .getQuietHours()
            .map(QuietHours::getFrom)
            .map(from -> from + " – " + participant.getQuietHours().get().getUntil())
            .orElse(null);
    card.yearOfBirth = participant.getYearOfBirth();
    card.source = texts.source(participant.getSource());
    card.registeredAt = participant.getRegisteredAt();
    card.status = texts.status(participant.getStatus());
    card.reason = texts.reason(participant.getQueueReason());
    card.badEmail = participant.hasBadEmail();
    card.emailBouncedAt = participant.getEmailBouncedAt();
    card.bounceDiagnostic = participant.getEmailBounceDiagnostic();
    card.inQueue = participant.getStatus().isQueue();
    card.quarantined = participant.getStatus() == ParticipantStatus.QUARANTINE;
    card.editable = !Participant.GONE.contains(participant.getStatus());
    return card;
  }

  public long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getEmail() {
    return email;
  }

  public String getMobile() {
    return mobile;
  }

  public String getLandline() {
    return landline;
  }

  public String getHome() {
    return home;
  }

  public String getWork() {
    return work;
  }

  public String getMunicipality() {
    return municipality;
  }

  public String getChannels() {
    return channels;
  }

  public String getQuietHours() {
    return quietHours;
  }

  public int getYearOfBirth() {
    return yearOfBirth;
  }

  public String getSource() {
    return source;
  }

  public Instant getRegisteredAt() {
    return registeredAt;
  }

  public String getStatus() {
    return status;
  }

  public String getReason() {
    return reason;
  }

  public boolean isBadEmail() {
    return badEmail;
  }

  public Instant getEmailBouncedAt() {
    return emailBouncedAt;
  }

  public String getBounceDiagnostic() {
    return bounceDiagnostic;
  }

  public boolean isInQueue() {
    return inQueue;
  }

  public boolean isQuarantined() {
    return quarantined;
  }

  public boolean isEditable() {
    return editable;
  }
}
