package nl.burgernet.action.entity;

/** An area the operator drew cannot be used; the key names the reason for the user. */
public class InvalidAreaException extends IllegalArgumentException {

  private final String messageKey;

  public InvalidAreaException(String messageKey, String detail) {
    super(messageKey + ": " + detail);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
