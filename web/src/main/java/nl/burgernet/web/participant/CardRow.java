package nl.burgernet.web.participant;

import java.io.Serializable;
import java.time.Instant;
import nl.burgernet.participant.entity.RegistrationCard;

/** One card on the call-back list: who, how to reach them, what is missing, the last call. */
public class CardRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final Instant enteredAt;
  private final String name;
  private final String phone;
  private final String missing;
  private final String lastCall;

  private CardRow(RegistrationCard card, String lastCall) {
    this.id = card.getId();
    this.enteredAt = card.getEnteredAt();
    this.name = card.getName();
    this.phone = card.getPhone();
    this.missing = card.getMissing();
    this.lastCall = lastCall;
  }

  static CardRow of(RegistrationCard card, String lastCall) {
    return new CardRow(card, lastCall);
  }

  public long getId() {
    return id;
  }

  public Instant getEnteredAt() {
    return enteredAt;
  }

  public String getName() {
    return name;
  }

  public String getPhone() {
    return phone;
  }

  public String getMissing() {
    return missing;
  }

  public String getLastCall() {
    return lastCall;
  }
}
