package nl.burgernet.web.admin;

import java.io.Serializable;
import java.time.Instant;
import nl.burgernet.audit.entity.AuditAction;
import nl.burgernet.audit.entity.AuditResult;

/**
 * One audit entry as the table shows it; a plain value, so the view state can be replicated. A
 * class with getters rather than a record, because Jakarta EL 5 does not read record components.
 */
public final class AuditRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Long id;
  private final Instant occurredAt;
  private final String actor;
  private final AuditAction action;
  private final String actionLabel;
  private final String object;
  private final AuditResult result;
  private final String resultLabel;
  private final String origin;

  AuditRow(
      Long id,
      Instant occurredAt,
      String actor,
      AuditAction action,
      String actionLabel,
      String object,
      AuditResult result,
      String resultLabel,
      String origin) {
    this.id = id;
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.action = action;
    this.actionLabel = actionLabel;
    this.object = object;
    this.result = result;
    this.resultLabel = resultLabel;
    this.origin = origin;
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public AuditAction getAction() {
    return action;
  }

  public String getActionLabel() {
    return actionLabel;
  }

  public String getObject() {
    return object;
  }

  public AuditResult getResult() {
    return result;
  }

  public String getResultLabel() {
    return resultLabel;
  }

  public String getOrigin() {
    return origin;
  }
}
