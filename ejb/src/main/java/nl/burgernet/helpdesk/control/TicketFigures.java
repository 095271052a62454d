package nl.burgernet.helpdesk.control;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.burgernet.helpdesk.boundary.MonthFigures;
import nl.burgernet.helpdesk.entity.ComplaintCategory;
import nl.burgernet.helpdesk.entity.HelpdeskLine;
import nl.burgernet.helpdesk.entity.TicketFact;
import nl.burgernet.platform.boundary.MonthPeriod;

/**
 * Adds up ticket facts per month of receipt (Dutch time). A ticket counts at the line it was taken
 * at: an escalated ticket was taken at the first line. An overdue ticket counts at the line it
 * waits at now: an escalated one at the second line, whose due date it is past.
 */
public final class TicketFigures {

  private TicketFigures() {}

  /**
   * One entry per month of the period, also for months without tickets; overdue as it stands at
   * {@code now}.
   */
  public static List<MonthFigures> perMonth(
      Collection<TicketFact> facts, MonthPeriod period, Instant now) {
    Map<YearMonth, List<TicketFact>> byMonth =
        facts.stream()
            .collect(Collectors.groupingBy(fact -> MonthPeriod.monthOf(fact.receivedAt())));
    return period.months().stream()
        .map(month -> figuresOf(month, byMonth.getOrDefault(month, List.of()), now))
        .toList();
  }

  private static MonthFigures figuresOf(YearMonth month, List<TicketFact> facts, Instant now) {
    long takenAtFirst =
        facts.stream()
            .filter(fact -> fact.line() == HelpdeskLine.FIRST || fact.escalatedAt() != null)
            .count();
    List<TicketFact> answered = facts.stream().filter(fact -> fact.answeredAt() != null).toList();
    Map<ComplaintCategory, Long> complaints = new EnumMap<>(ComplaintCategory.class);
    complaints.putAll(
        facts.stream()
            .filter(fact -> fact.complaintCategory() != null)
            .collect(
                Collectors.groupingBy(
                    TicketFact::complaintCategory,
                    () -> new EnumMap<>(ComplaintCategory.class),
                    Collectors.counting())));
    return new MonthFigures(
        month,
        takenAtFirst,
        facts.size() - takenAtFirst,
        facts.stream().filter(fact -> fact.escalatedAt() != null).count(),
        answered.size(),
        answered.stream().filter(TicketFact::answeredInTime).count(),
        answered.stream()
                .map(fact -> Duration.between(fact.receivedAt(), fact.answeredAt()))
                .mapToLong(Duration::toMinutes)
                .average()
                .orElse(0)
            / 60.0,
        complaints,
        overdueAt(HelpdeskLine.FIRST, facts, now),
        overdueAt(HelpdeskLine.SECOND, facts, now));
  }

  private static long overdueAt(HelpdeskLine line, List<TicketFact> facts, Instant now) {
    return facts.stream().filter(fact -> fact.line() == line && fact.isOverdue(now)).count();
  }
}
