package nl.burgernet.web.participant;

import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.burgernet.participant.entity.Address;
import nl.burgernet.participant.entity.Participant;
import nl.burgernet.participant.entity.PhoneNumber;

/**
 * One waiting registration as the relation manager's table shows it: who, how to reach them, where
 * they live and why the registration waits. Serializable because the page is view scoped.
 */
public class WorkListRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final Instant registeredAt;
  private final String name;
  private final String contact;
  private final String address;
  private final String reason;

  WorkListRow(
      long id, Instant registeredAt, String name, String contact, String address, String reason) {
    this.id = id;
    this.registeredAt = registeredAt;
    this.name = name;
    this.contact = contact;
    this.address = address;
    this.reason = reason;
  }

  static WorkListRow of(Participant participant, String reasonText) {
    return new WorkListRow(
        participant.getId(),
        participant.getRegisteredAt(),
        participant.getName(),
        contactOf(participant),
        addressOf(participant.getHome()),
        reasonText);
  }

  static String contactOf(Participant participant) {
    return Stream.of(
            participant.getEmail().map(Object::toString),
            participant.getMobile().map(PhoneNumber::toString),
            participant.getLandline().map(PhoneNumber::toString))
        .flatMap(Optional::stream)
        .collect(Collectors.joining(", "));
  }

  static String addressOf(Address home) {
    String number =
        home.getHouseNumber() + (home.getAddition() == null ? "" : " " + home.getAddition());
    return Stream.of(home.getStreet(), number, home.getPostcode().toString(), home.getPlace())
        .filter(part -> part != null && !part.isBlank())
        .collect(Collectors.joining(" "));
  }

  public long getId() {
    return id;
  }

  public Instant getRegisteredAt() {
    return registeredAt;
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

  public String getReason() {
    return reason;
  }
}
