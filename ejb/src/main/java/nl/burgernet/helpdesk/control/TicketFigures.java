package nl.burgernet.helpdesk.control;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.burgernet.helpdesk.boundary.MonthFigures;
import nl.burgernet.helpdesk.entity.ComplaintCategory;
import nl.burgernet.helpdesk.entity.HelpdeskLine;
import nl.burgernet.helpdesk.entity.TicketFact;

/**
 * Adds up ticket facts per month of receipt (Dutch time). A ticket counts at the line it was taken
 * at: an escalated ticket was taken at the first line.
 */
public final class TicketFigures {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  private TicketFigures() {}

  /** One entry per month from {@code from} to {@code to}, also for months without tickets. */
  public static List<MonthFigures> perMonth(
      Collection<TicketFact> facts, YearMonth from, YearMonth to) {
    Map<YearMonth, List<TicketFact>> byMonth =
        facts.stream()
            .collect(
                Collectors.groupingBy(fact -> YearMonth.from(fact.receivedAt().atZone(AMSTERDAM))));
    List<MonthFigures> months = new ArrayList<>();
    for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
      months.add(figuresOf(month, byMonth.getOrDefault(month, List.of())));
    }
    return months;
  }

  private static MonthFigures figuresOf(YearMonth month, List<TicketFact> facts) {
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
        complaints);
  }
}
