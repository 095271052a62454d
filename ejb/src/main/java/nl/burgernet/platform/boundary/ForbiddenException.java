package nl.burgernet.platform.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A caller outside the staff login (a partner system with its own credential) is not allowed this;
 * the key names why.
 */
@ApplicationException(rollback = true)
public class ForbiddenException extends BusinessException {

  public ForbiddenException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
