package nl.burgernet.web.participant;

import java.io.Serializable;
import nl.burgernet.participant.entity.Participant;

/**
 * One participant in a search result: who, how to reach them, where they live and their status.
 * Serializable because the search page is view scoped.
 */
public class ParticipantRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final String name;
  private final String contact;
  private final String address;
  private final String status;
  private final boolean badEmail;

  private ParticipantRow(
      long id, String name, String contact, String address, String status, boolean badEmail) {
    this.id = id;
    this.name = name;
    this.contact = contact;
    this.address = address;
    this.status = status;
    this.badEmail = badEmail;
  }

  static ParticipantRow of(Participant participant, String statusText) {
    return new ParticipantRow(
        participant.getId(),
        participant.getName(),
        WorkListRow.contactOf(participant),
        WorkListRow.addressOf(participant.getHome()),
        statusText,
        participant.hasBadEmail());
  }

  public long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getContact() {
    return contact;
  }

  public String getAddress() {
    return address;
  }

  public String getStatus() {
    return status;
  }

  public boolean isBadEmail() {
    return badEmail;
  }
}
