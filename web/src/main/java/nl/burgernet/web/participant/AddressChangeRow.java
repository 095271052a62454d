package nl.burgernet.web.participant;

import java.io.Serializable;
import java.time.Instant;
import nl.burgernet.participant.entity.AddressChange;
import nl.burgernet.participant.entity.Participant;

/**
 * One address change waiting for the relation manager: who asked, where they live now, where they
 * want to live (and work), and whether the geocoder found the new address.
 */
public class AddressChangeRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final Instant requestedAt;
  private final String name;
  private final String currentAddress;
  private final String newAddress;
  private final String newWorkAddress;
  private final String located;

  AddressChangeRow(
      long id,
      Instant requestedAt,
      String name,
      String currentAddress,
      String newAddress,
      String newWorkAddress,
      String located) {
    this.id = id;
    this.requestedAt = requestedAt;
    this.name = name;
    this.currentAddress = currentAddress;
    this.newAddress = newAddress;
    this.newWorkAddress = newWorkAddress;
    this.located = located;
  }

  static AddressChangeRow of(AddressChange change, String locatedText) {
    Participant participant = change.getParticipant();
    return new AddressChangeRow(
        change.getId(),
        change.getRequestedAt(),
        participant.getName(),
        WorkListRow.addressOf(participant.getHome()),
        WorkListRow.addressOf(change.getHome()),
        change.getWork().map(WorkListRow::addressOf).orElse(""),
        locatedText);
  }

  public long getId() {
    return id;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public String getName() {
    return name;
  }

  public String getCurrentAddress() {
    return currentAddress;
  }

  public String getNewAddress() {
    return newAddress;
  }

  public String getNewWorkAddress() {
    return newWorkAddress;
  }

  public String getLocated() {
    return located;
  }
}
