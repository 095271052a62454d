package nl.burgernet.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import nl.burgernet.helpdesk.boundary.IssueList;
import nl.burgernet.helpdesk.boundary.MonthFigures;
import nl.burgernet.helpdesk.boundary.NewTicket;
import nl.burgernet.helpdesk.boundary.TicketCounts;
import nl.burgernet.helpdesk.boundary.TicketFilter;
import nl.burgernet.helpdesk.boundary.Tickets;
import nl.burgernet.helpdesk.entity.ComplaintCategory;
import nl.burgernet.helpdesk.entity.HelpdeskLine;
import nl.burgernet.helpdesk.entity.Issue;
import nl.burgernet.helpdesk.entity.IssueKind;
import nl.burgernet.helpdesk.entity.IssueStatus;
import nl.burgernet.helpdesk.entity.ReceivedBy;
import nl.burgernet.helpdesk.entity.StepKind;
import nl.burgernet.helpdesk.entity.Ticket;
import nl.burgernet.helpdesk.entity.TicketKind;
import nl.burgernet.helpdesk.entity.TicketStatus;
import nl.burgernet.helpdesk.entity.TicketStep;
import nl.burgernet.platform.boundary.ConflictException;
import nl.burgernet.platform.boundary.InvalidInputException;
import nl.burgernet.platform.boundary.NotFoundException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The helpdesk against the real store: a complaint taken at the municipality of Utrecht (first
 * line) is escalated to the regional bureau of Midden-Nederland, which answers it; neighbouring
 * Amersfoort and another region never see it; overdue tickets are counted; the figures count
 * complaints per category; a known problem raised from a ticket is on its region's issue list.
 */
@ExtendWith(ArquillianExtension.class)
class HelpdeskTicketsIT {

  private static final String UTRECHT = "GM0344";
  private static final String AMERSFOORT = "GM0307";
  private static final String DEVENTER = "GM0150";

  @Deployment
  static WebArchive deployment() {
    return HelpdeskDesk.addTo(Deployments.burgernet(HelpdeskTicketsIT.class, AuditedActions.class));
  }

  @EJB private HelpdeskDesk desk;

  @Resource(lookup = "java:app/jdbc/burgernet")
  private DataSource dataSource;

  @Test
  void a_complaint_taken_at_the_municipality_is_escalated_and_answered_by_the_regional_bureau() {
    Ticket taken = desk.atMunicipality(UTRECHT, tickets -> tickets.register(complaint()));

    assertThat(taken.getLine()).isEqualTo(HelpdeskLine.FIRST);
    assertThat(taken.getStatus()).isEqualTo(TicketStatus.OPEN);
    assertThat(Duration.between(taken.getReceivedAt(), taken.getDueAt()))
        .as("five working days")
        .isBetween(Duration.ofDays(5), Duration.ofDays(7));
    assertThat(taken.getDueAt().atZone(ZoneId.of("Europe/Amsterdam")).getDayOfWeek())
        .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    long id = taken.getId();
    assertThatThrownBy(() -> desk.atMunicipality(AMERSFOORT, tickets -> tickets.find(id)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> desk.atRegionOf(DEVENTER, tickets -> tickets.find(id)))
        .isInstanceOf(NotFoundException.class);

    Ticket escalated =
        desk.atMunicipality(UTRECHT, tickets -> tickets.escalate(id, "Inhoudelijke vraag"));
    assertThat(escalated.getLine()).isEqualTo(HelpdeskLine.SECOND);
    assertThat(escalated.getDueAt()).isAfter(taken.getDueAt());
    assertThatThrownBy(
            () -> desk.atMunicipality(UTRECHT, tickets -> tickets.answer(id, "Te vroeg")))
        .as("the first line no longer changes an escalated ticket")
        .isInstanceOf(ConflictException.class);
    assertThat(desk.atMunicipality(UTRECHT, tickets -> tickets.find(id)).getLine())
        .as("but still follows it")
        .isEqualTo(HelpdeskLine.SECOND);

    List<Ticket> atTheRegion =
        desk.atRegionOf(
            UTRECHT,
            tickets ->
                tickets.list(
                    new TicketFilter(
                        TicketStatus.OPEN,
                        HelpdeskLine.SECOND,
                        null,
                        null,
                        null,
                        TicketFilter.Assignee.NOBODY,
                        null,
                        null,
                        null,
                        null,
                        null)));
    assertThat(atTheRegion).extracting(Ticket::getId).contains(id);
    desk.atRegionOf(UTRECHT, tickets -> tickets.take(id));
    Ticket answered =
        desk.atRegionOf(
            UTRECHT,
            tickets -> tickets.answer(id, "U kunt stille uren instellen in Mijn Burgernet."));

    assertThat(answered.getStatus()).isEqualTo(TicketStatus.ANSWERED);
    assertThat(answered.isAnswerMailed()).isTrue();
    assertThat(answered.getHistory())
        .extracting(TicketStep::getStep)
        .containsExactly(
            StepKind.REGISTERED, StepKind.ESCALATED, StepKind.TAKEN, StepKind.ANSWERED);
    assertThat(answered.getHistory())
        .extracting(TicketStep::getLine)
        .containsExactly(
            HelpdeskLine.FIRST, HelpdeskLine.SECOND, HelpdeskLine.SECOND, HelpdeskLine.SECOND);
    assertThat(auditedActionsOn(id)).contains("CREATE", "UPDATE", "READ");
  }

  @Test
  void a_ticket_past_its_due_date_is_overdue_and_counted() throws SQLException {
    long before = desk.atMunicipality(AMERSFOORT, Tickets::counts).overdue();
    Ticket ticket = desk.atMunicipality(AMERSFOORT, tickets -> tickets.register(question()));
    execute(
        "UPDATE helpdesk_ticket SET due_at = TIMESTAMPADD(HOUR, -1, UTC_TIMESTAMP(3)) WHERE id = ?",
        ticket.getId());

    TicketCounts counts = desk.atMunicipality(AMERSFOORT, Tickets::counts);
    Ticket overdue = desk.atMunicipality(AMERSFOORT, tickets -> tickets.find(ticket.getId()));

    assertThat(counts.overdue()).isEqualTo(before + 1);
    assertThat(counts.firstLine()).isPositive();
    assertThat(overdue.isOverdue(Instant.now())).isTrue();
  }

  @Test
  void the_figures_count_complaints_per_category_in_the_month_they_came_in() {
    YearMonth thisMonth = YearMonth.now(ZoneId.of("Europe/Amsterdam"));
    MonthFigures before = figuresOf(thisMonth);

    desk.atMunicipality(UTRECHT, tickets -> tickets.register(complaint()));
    desk.atRegionOf(UTRECHT, tickets -> tickets.register(question()));
    MonthFigures after = figuresOf(thisMonth);

    assertThat(after.complaintsOf(ComplaintCategory.INCONVENIENT_TIME))
        .isEqualTo(before.complaintsOf(ComplaintCategory.INCONVENIENT_TIME) + 1);
    assertThat(after.firstLine()).isEqualTo(before.firstLine() + 1);
    assertThat(after.secondLine()).isEqualTo(before.secondLine() + 1);
  }

  @Test
  void a_known_problem_from_a_ticket_goes_on_the_issue_list_of_its_region_only() {
    long ticket = desk.atMunicipality(UTRECHT, tickets -> tickets.register(question())).getId();

    Issue raised =
        desk.issuesAtRegionOf(
            UTRECHT,
            issues ->
                issues.raise(
                    IssueKind.PROBLEM, "Afmeldlink", "De link werkt niet in Outlook.", ticket));

    assertThat(raised.getStatus()).isEqualTo(IssueStatus.OPEN);
    assertThat(raised.getTicketId()).contains(ticket);
    List<Issue> middenNederland = desk.issuesAtRegionOf(UTRECHT, IssueList::items);
    assertThat(middenNederland).extracting(Issue::getId).contains(raised.getId());
    List<Issue> ijsselland = desk.issuesAtRegionOf(DEVENTER, IssueList::items);
    assertThat(ijsselland).extracting(Issue::getId).doesNotContain(raised.getId());
    Throwable refused =
        catchThrowable(
            () ->
                desk.issuesAtRegionOf(
                    UTRECHT, issues -> issues.decide(raised.getId(), IssueStatus.SOLVED, null)));
    assertThat(Stream.iterate(refused, Objects::nonNull, Throwable::getCause))
        .as("only functional administration decides")
        .hasAtLeastOneElementOfType(EJBAccessException.class);
  }

  @Test
  void the_list_filters_and_pages_in_the_database_with_the_open_tickets_first() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long answered = registerAtAmersfoort(question("Beantwoord " + tag));
    desk.atMunicipality(AMERSFOORT, tickets -> tickets.answer(answered, "Zo meldt u zich af."));
    long mine = registerAtAmersfoort(question("Van mij " + tag));
    desk.atMunicipality(AMERSFOORT, tickets -> tickets.take(mine));
    long open = registerAtAmersfoort(question("Open " + tag));
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    assertThat(idsOf(filter(null, null, null, tag)))
        .as("open and in progress first, the first due first; then the answered")
        .containsExactly(mine, open, answered);
    assertThat(idsOf(filter(null, TicketFilter.Assignee.CALLER, null, tag))).containsExactly(mine);
    assertThat(idsOf(filter(null, TicketFilter.Assignee.NOBODY, null, tag)))
        .containsExactly(open, answered);
    assertThat(idsOf(filter(TicketStatus.ANSWERED, null, null, tag))).containsExactly(answered);
    assertThat(idsOf(filter(null, null, today, "hd-" + open))).contains(open);
    assertThat(idsOf(filter(null, null, today.plusDays(1), tag))).isEmpty();
    TicketFilter tagged = filter(null, null, null, tag);
    List<Ticket> secondPage =
        desk.atMunicipality(AMERSFOORT, tickets -> tickets.page(tagged, 1, 1));
    long counted = desk.atMunicipality(AMERSFOORT, tickets -> tickets.count(tagged));
    long elsewhere = desk.atMunicipality(UTRECHT, tickets -> tickets.count(tagged));
    assertThat(secondPage)
        .extracting(Ticket::getId)
        .as("the second page of one")
        .containsExactly(open);
    assertThat(counted).isEqualTo(3);
    assertThat(elsewhere).as("another municipality sees none of them").isZero();
    assertThatThrownBy(
            () ->
                desk.atMunicipality(
                    AMERSFOORT,
                    tickets ->
                        tickets.list(
                            new TicketFilter(
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                today,
                                today.minusDays(1),
                                null))))
        .isInstanceOf(InvalidInputException.class);
  }

  private long registerAtAmersfoort(NewTicket ticket) {
    return desk.atMunicipality(AMERSFOORT, tickets -> tickets.register(ticket)).getId();
  }

  private List<Long> idsOf(TicketFilter filter) {
    return desk.atMunicipality(AMERSFOORT, tickets -> tickets.list(filter)).stream()
        .map(Ticket::getId)
        .toList();
  }

  private static TicketFilter filter(
      TicketStatus status, TicketFilter.Assignee assignee, LocalDate from, String text) {
    return new TicketFilter(status, null, null, null, null, assignee, null, null, from, null, text);
  }

  private MonthFigures figuresOf(YearMonth month) {
    return desk.figuresAtRegionOf(UTRECHT, month);
  }

  private static NewTicket complaint() {
    return new NewTicket(
        TicketKind.COMPLAINT,
        ComplaintCategory.INCONVENIENT_TIME,
        ReceivedBy.PHONE,
        "SMS midden in de nacht",
        "Mevrouw kreeg om 03:00 een Burgernetactie en wil dat niet meer.",
        "Els de Klager",
        "klager-" + UUID.randomUUID() + "@burgernet.test",
        "06 12345678",
        null);
  }

  private static NewTicket question() {
    return question("Hoe meld ik mij af?");
  }

  private static NewTicket question(String subject) {
    return new NewTicket(
        TicketKind.QUESTION,
        null,
        ReceivedBy.MAIL,
        subject,
        "Meneer wil weten hoe hij zich afmeldt.",
        null,
        null,
        null,
        null);
  }

  private void execute(String sql, long id) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, id);
      statement.executeUpdate();
    }
  }

  private List<String> auditedActionsOn(long id) {
    return AuditedActions.on(dataSource, "Ticket", id);
  }
}
