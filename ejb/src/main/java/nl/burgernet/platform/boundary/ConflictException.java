package nl.burgernet.platform.boundary;

import jakarta.ejb.ApplicationException;

/** The request clashes with existing data, such as a user name that is taken. */
@ApplicationException(rollback = true)
public class ConflictException extends BusinessException {

  public ConflictException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
