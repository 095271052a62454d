package nl.burgernet.platform.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A request the business refuses. It carries a resource-bundle key and its arguments, so the portal
 * shows it in Dutch and the REST API turns it into a problem response; the transaction is rolled
 * back.
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

  private final String messageKey;
  private final List<Object> arguments;

  protected BusinessException(String messageKey, Object... arguments) {
    super(messageKey);
    this.messageKey = messageKey;
    this.arguments = List.of(arguments);
  }

  public String getMessageKey() {
    return messageKey;
  }

  public List<Object> getArguments() {
    return arguments;
  }
}
