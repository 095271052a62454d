package nl.burgernet.helpdesk.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import nl.burgernet.helpdesk.boundary.MonthFigures;
import nl.burgernet.helpdesk.entity.ComplaintCategory;
import nl.burgernet.helpdesk.entity.HelpdeskLine;
import nl.burgernet.helpdesk.entity.TicketFact;
import nl.burgernet.helpdesk.entity.TicketKind;
import nl.burgernet.helpdesk.entity.TicketStatus;
import nl.burgernet.platform.boundary.MonthPeriod;
import org.junit.jupiter.api.Test;

class TicketFiguresTest {

  @Test
  void tickets_count_in_the_dutch_month_they_came_in_at_the_line_that_took_them() {
    List<TicketFact> facts =
        List.of(
            // 31 October 23:30 in Amsterdam: still October
            complaint("2026-10-31T22:30:00Z", null, "2026-11-02T09:00:00Z"),
            // 1 November 00:30 in Amsterdam: November, escalated, answered late
            new TicketFact(
                HelpdeskLine.SECOND,
                TicketKind.QUESTION,
                null,
                Instant.parse("2026-10-31T23:30:00Z"),
                Instant.parse("2026-11-05T23:30:00Z"),
                Instant.parse("2026-11-02T10:00:00Z"),
                Instant.parse("2026-11-10T10:00:00Z"),
                TicketStatus.ANSWERED),
            complaint("2026-11-03T08:00:00Z", "2026-11-03T10:00:00Z", "2026-11-10T08:00:00Z"));

    List<MonthFigures> months =
        TicketFigures.perMonth(
            facts,
            new MonthPeriod(YearMonth.of(2026, 9), YearMonth.of(2026, 11)),
            Instant.parse("2026-11-20T12:00:00Z"));

    assertThat(months)
        .extracting(MonthFigures::month)
        .containsExactly(YearMonth.of(2026, 9), YearMonth.of(2026, 10), YearMonth.of(2026, 11));
    assertThat(months.get(0).received()).isZero();
    MonthFigures october = months.get(1);
    assertThat(october.firstLine()).isOne();
    assertThat(october.complaintsOf(ComplaintCategory.TOO_MANY_MESSAGES)).isOne();
    assertThat(october.answered()).isZero();
    MonthFigures november = months.get(2);
    assertThat(november.firstLine())
        .as("the escalated one was taken at the first line")
        .isEqualTo(2);
    assertThat(november.secondLine()).isZero();
    assertThat(november.escalated()).isOne();
    assertThat(november.answered()).isEqualTo(2);
    assertThat(november.answeredInTime()).isOne();
    assertThat(november.averageHoursToAnswer()).isEqualTo((226.5 + 2) / 2);
  }

  @Test
  void a_ticket_is_overdue_while_it_waits_past_its_due_date_at_the_line_it_waits_at() {
    Instant due = Instant.parse("2026-11-10T08:00:00Z");
    List<TicketFact> facts =
        List.of(
            complaint("2026-11-03T08:00:00Z", null, "2026-11-10T08:00:00Z"),
            complaint("2026-11-03T09:00:00Z", null, "2026-11-30T08:00:00Z"),
            complaint("2026-11-03T10:00:00Z", "2026-11-12T08:00:00Z", "2026-11-10T08:00:00Z"),
            new TicketFact(
                HelpdeskLine.SECOND,
                TicketKind.QUESTION,
                null,
                Instant.parse("2026-11-04T08:00:00Z"),
                due,
                Instant.parse("2026-11-05T08:00:00Z"),
                null,
                TicketStatus.IN_PROGRESS),
            new TicketFact(
                HelpdeskLine.SECOND,
                TicketKind.QUESTION,
                null,
                Instant.parse("2026-11-04T09:00:00Z"),
                due,
                null,
                null,
                TicketStatus.CLOSED));
    MonthPeriod november = new MonthPeriod(YearMonth.of(2026, 11), YearMonth.of(2026, 11));

    MonthFigures onTheDueDate = TicketFigures.perMonth(facts, november, due).get(0);
    MonthFigures later =
        TicketFigures.perMonth(facts, november, Instant.parse("2026-11-20T12:00:00Z")).get(0);

    assertThat(onTheDueDate.overdue()).as("due at, not yet past").isZero();
    assertThat(later.overdueFirstLine())
        .as("open past its date; not the one still in time nor the one answered late")
        .isOne();
    assertThat(later.overdueSecondLine())
        .as("the escalated one waits at the second line; a closed one is never overdue")
        .isOne();
    assertThat(later.overdue()).isEqualTo(2);
  }

  private static TicketFact complaint(String received, String answered, String due) {
    return new TicketFact(
        HelpdeskLine.FIRST,
        TicketKind.COMPLAINT,
        ComplaintCategory.TOO_MANY_MESSAGES,
        Instant.parse(received),
        Instant.parse(due),
        null,
        answered == null ? null : Instant.parse(answered),
        answered == null ? TicketStatus.OPEN : TicketStatus.ANSWERED);
  }
}
