package nl.burgernet.platform.boundary;

import jakarta.ejb.ApplicationException;

/**
 * The object does not exist, or lies outside the caller's scope: both look the same, so that
 * guessing ids reveals nothing.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {

  public NotFoundException(String objectType, Object id) {
    super("error.notFound", objectType, String.valueOf(id));
  }
}
