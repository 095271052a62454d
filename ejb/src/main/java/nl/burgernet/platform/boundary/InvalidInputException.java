package nl.burgernet.platform.boundary;

import jakarta.ejb.ApplicationException;

/** The input breaks a business rule; the key names the rule for the user. */
@ApplicationException(rollback = true)
public class InvalidInputException extends BusinessException {

  public InvalidInputException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
