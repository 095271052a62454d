package nl.burgernet.helpdesk.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import nl.burgernet.participant.entity.EmailAddress;
import nl.burgernet.security.entity.Scope;
import nl.burgernet.security.entity.ScopeLevel;
import org.junit.jupiter.api.Test;

class TicketRulesTest {

  private static final Instant NOW = Instant.parse("2026-11-02T10:15:30Z");
  private static final Instant DUE = NOW.plus(Duration.ofDays(7));

  @Test
  void a_complaint_needs_its_category_and_a_question_has_none() {
    assertThatThrownBy(() -> ticket(TicketKind.COMPLAINT, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ticket(TicketKind.QUESTION, ComplaintCategory.PRIVACY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ticket(TicketKind.COMPLAINT, ComplaintCategory.PRIVACY).getComplaintCategory())
        .contains(ComplaintCategory.PRIVACY);
  }

  @Test
  void escalation_hands_a_first_line_ticket_to_the_second_line_with_a_new_due_date() {
    Ticket ticket = question();
    ticket.take("rik", NOW.plusSeconds(60));
    Instant later = NOW.plus(Duration.ofDays(1));

    ticket.escalate("rik", "Inhoudelijk", later, later.plus(Duration.ofDays(14)));

    assertThat(ticket.getLine()).isEqualTo(HelpdeskLine.SECOND);
    assertThat(ticket.getStatus()).isEqualTo(TicketStatus.OPEN);
    assertThat(ticket.getOwner()).isEmpty();
    assertThat(ticket.getDueAt()).isEqualTo(later.plus(Duration.ofDays(14)));
    assertThat(ticket.getHistory())
        .extracting(TicketStep::getStep)
        .containsExactly(StepKind.REGISTERED, StepKind.TAKEN, StepKind.ESCALATED);
    assertThat(ticket.getHistory().get(2).getNote()).contains("Inhoudelijk");
    assertThatThrownBy(() -> ticket.escalate("rik", "Nog eens", later, DUE))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void the_first_line_handles_only_its_own_tickets_and_the_second_line_every_one() {
    Ticket ticket = question();
    assertThat(ticket.canBeHandledAt(HelpdeskLine.of(ScopeLevel.MUNICIPALITY))).isTrue();

    ticket.escalate("rik", "Inhoudelijk", NOW, DUE);

    assertThat(ticket.canBeHandledAt(HelpdeskLine.FIRST)).isFalse();
    assertThat(ticket.canBeHandledAt(HelpdeskLine.of(ScopeLevel.REGION))).isTrue();
    assertThatThrownBy(() -> HelpdeskLine.of(ScopeLevel.NATIONAL))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_pending_ticket_past_its_due_date_is_overdue_until_it_is_answered() {
    Ticket ticket = question();

    assertThat(ticket.isOverdue(DUE)).isFalse();
    assertThat(ticket.isOverdue(DUE.plusMillis(1))).isTrue();

    ticket.answer("hanna", "Zo werkt het.", true, DUE.plusSeconds(60));

    assertThat(ticket.isOverdue(DUE.plus(Duration.ofDays(30)))).isFalse();
    assertThat(ticket.getStatus()).isEqualTo(TicketStatus.ANSWERED);
    assertThatThrownBy(() -> ticket.answer("hanna", "Nog een keer", true, DUE))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void erasure_forgets_who_asked_but_keeps_the_ticket_for_the_figures() {
    Ticket ticket = question();
    ticket.askedBy("Els", EmailAddress.of("els@example.nl"), null);
    ticket.linkParticipant(42, "rik", NOW);

    ticket.forgetRequester();

    assertThat(ticket.getRequesterName()).isEmpty();
    assertThat(ticket.getRequesterEmail()).isEmpty();
    assertThat(ticket.getParticipantId()).isEmpty();
    assertThat(ticket.getKind()).isEqualTo(TicketKind.QUESTION);
  }

  @Test
  void an_assigned_ticket_is_the_colleagues_and_says_so_in_its_history() {
    Ticket ticket = question();
    ticket.take("rik", NOW);

    ticket.assign("ilse", "rik", NOW.plusSeconds(60));

    assertThat(ticket.getOwner()).contains("ilse");
    assertThat(ticket.getStatus()).isEqualTo(TicketStatus.IN_PROGRESS);
    TicketStep assigned = ticket.getHistory().get(2);
    assertThat(assigned.getStep()).isEqualTo(StepKind.ASSIGNED);
    assertThat(assigned.getActor()).isEqualTo("rik");
    assertThat(assigned.getAssignee()).contains("ilse");
    assertThat(ticket.getHistory().get(1).getAssignee()).isEmpty();
    assertThatThrownBy(() -> ticket.assign("ilse", "rik", NOW))
        .isInstanceOf(IllegalStateException.class);
    ticket.answer("ilse", "Zo werkt het.", false, NOW);
    assertThatThrownBy(() -> ticket.assign("rik", "ilse", NOW))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void a_ticket_is_seen_by_its_region_and_its_own_municipality_only() {
    Ticket ticket = question();

    assertThat(ticket.isVisibleIn(Scope.region(1L))).isTrue();
    assertThat(ticket.isVisibleIn(Scope.municipality(1L, 2L))).isTrue();
    assertThat(ticket.isVisibleIn(Scope.national())).isTrue();
    assertThat(ticket.isVisibleIn(Scope.region(3L))).isFalse();
    assertThat(ticket.isVisibleIn(Scope.municipality(1L, 4L))).isFalse();
    assertThat(ticket.isVisibleIn(Scope.none())).isFalse();
  }

  private static Ticket question() {
    return ticket(TicketKind.QUESTION, null);
  }

  private static Ticket ticket(TicketKind kind, ComplaintCategory category) {
    return new Ticket(
        kind,
        category,
        ReceivedBy.PHONE,
        "Onderwerp",
        "Vraag",
        HelpdeskLine.FIRST,
        new TicketScope(1L, 2L),
        "rik",
        NOW,
        DUE);
  }
}
