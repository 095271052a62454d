package nl.burgernet.action.boundary;

import java.time.Instant;
import nl.burgernet.action.entity.ActionKind;
import nl.burgernet.action.entity.Outcome;

/**
 * A closed action as the communications officer sees it when it writes the public report: what the
 * action was and how it ended, and the report so far (title and body null while none was written).
 *
 * @param reportId the report's id (its public page's), null while none was written
 * @param mailRequestId the send request that mailed the report to the participants who want it, or
 *     null (not published, or nobody wanted it)
 */
public record ReportDraftView(
    long actionId,
    String scenarioName,
    ActionKind kind,
    Outcome outcome,
    Instant closedAt,
    Long reportId,
    String title,
    String body,
    Instant publishedAt,
    Long mailRequestId) {

  public boolean written() {
    return title != null;
  }

  public boolean published() {
    return publishedAt != null;
  }
}
