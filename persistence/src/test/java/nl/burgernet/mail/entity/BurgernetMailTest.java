package nl.burgernet.mail.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import nl.burgernet.security.entity.Scope;
import org.junit.jupiter.api.Test;

/** The review and sending rules of a Burgernetmail. */
class BurgernetMailTest {

  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  private static final MailContent TEXT = new MailContent("Let op", "<p>Hoi</p>", "Hoi");

  private static BurgernetMail mail(MailOrigin origin) {
    return new BurgernetMail(
        MailKind.PREVENTION, origin, TEXT, 7L, "auteur", Scope.municipality(1, 7), NOW);
  }

  @Test
  void a_police_request_is_reviewed_whatever_the_regions_policy() {
    BurgernetMail request = mail(MailOrigin.POLICE);

    assertThat(request.submit(ReviewPolicy.OWN_APPROVAL, NOW)).isEqualTo(MailStepKind.SUBMITTED);
    assertThat(request.getStatus()).isEqualTo(MailStatus.IN_REVIEW);
  }

  @Test
  void a_municipality_mail_follows_the_regions_policy() {
    BurgernetMail own = mail(MailOrigin.MUNICIPALITY);
    BurgernetMail second = mail(MailOrigin.MUNICIPALITY);

    assertThat(own.submit(ReviewPolicy.OWN_APPROVAL, NOW)).isEqualTo(MailStepKind.OWN_APPROVAL);
    assertThat(own.getStatus()).isEqualTo(MailStatus.APPROVED);
    assertThat(own.getApprovedBy()).contains("auteur");
    assertThat(second.submit(ReviewPolicy.SECOND_PAIR, NOW)).isEqualTo(MailStepKind.SUBMITTED);
  }

  @Test
  void the_author_never_reviews_their_own_mail() {
    BurgernetMail request = mail(MailOrigin.POLICE);
    request.submit(ReviewPolicy.SECOND_PAIR, NOW);

    assertThatThrownBy(() -> request.approve("auteur", NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(request.getStatus()).isEqualTo(MailStatus.IN_REVIEW);
  }

  @Test
  void
      a_returned_mail_remembers_what_the_reviewer_saw_and_an_edit_after_approval_needs_approval_again() {
    BurgernetMail request = mail(MailOrigin.POLICE);
    request.submit(ReviewPolicy.SECOND_PAIR, NOW);
    request.returnToAuthor("toetser", NOW);

    request.edit(
        MailKind.WITNESS_CALL, new MailContent("Getuigen", "<p>Nieuw</p>", "Nieuw"), 7L, NOW);
    request.submit(ReviewPolicy.SECOND_PAIR, NOW);
    request.approve("toetser", NOW);
    request.edit(MailKind.WITNESS_CALL, TEXT, 7L, NOW);

    assertThat(request.getReviewedText()).contains("Nieuw");
    assertThat(request.getStatus()).isEqualTo(MailStatus.DRAFT);
    assertThat(request.getApprovedBy()).isEmpty();
  }

  @Test
  void an_approved_mail_is_aimed_elsewhere_only_through_an_edit_that_needs_approval_again() {
    BurgernetMail mail = mail(MailOrigin.MUNICIPALITY);
    mail.targetPart("{\"kind\":\"POSTCODES\"}");
    mail.submit(ReviewPolicy.OWN_APPROVAL, NOW);

    assertThatThrownBy(() -> mail.targetPart(null)).isInstanceOf(IllegalStateException.class);
    assertThat(mail.getTargetArea()).as("unchanged").isPresent();

    mail.edit(MailKind.PREVENTION, new MailContent("Inbraken", "<p>Let op</p>", "Let op"), 7L, NOW);
    mail.targetPart(null);
    assertThat(mail.getStatus()).isEqualTo(MailStatus.DRAFT);
    assertThat(mail.getTargetArea()).as("the whole municipality again").isEmpty();
  }

  @Test
  void only_an_approved_mail_is_scheduled_and_it_is_due_at_its_time() {
    BurgernetMail draft = mail(MailOrigin.MUNICIPALITY);
    assertThatThrownBy(() -> draft.schedule(NOW.plusSeconds(60), NOW))
        .isInstanceOf(IllegalStateException.class);

    draft.submit(ReviewPolicy.OWN_APPROVAL, NOW);
    draft.schedule(NOW.plus(Duration.ofHours(1)), NOW);

    assertThat(draft.isDue(NOW.plus(Duration.ofMinutes(59)))).isFalse();
    assertThat(draft.isDue(NOW.plus(Duration.ofHours(1)))).isTrue();
  }

  @Test
  void a_sent_mail_can_be_stopped_but_no_longer_changed() {
    BurgernetMail sent = mail(MailOrigin.MUNICIPALITY);
    sent.submit(ReviewPolicy.OWN_APPROVAL, NOW);
    sent.schedule(NOW, NOW);
    sent.handedOver(42L, false, NOW);

    assertThatThrownBy(() -> sent.edit(MailKind.PREVENTION, TEXT, 7L, NOW))
        .isInstanceOf(IllegalStateException.class);
    sent.stop(NOW);
    assertThat(sent.getStatus()).isEqualTo(MailStatus.STOPPED);
    assertThat(sent.getSendRequestId()).contains(42L);
  }

  @Test
  void a_follow_up_is_a_new_draft_of_the_same_author_for_the_recipients_of_a_sent_mail() {
    BurgernetMail sent = mail(MailOrigin.POLICE);
    sent.submit(ReviewPolicy.SECOND_PAIR, NOW);
    assertThatThrownBy(() -> sent.followUp("Vervolg: Let op", NOW))
        .as("not before it was sent")
        .isInstanceOf(IllegalStateException.class);
    sent.approve("bureau", NOW);
    sent.schedule(NOW, NOW);
    sent.handedOver(99, false, NOW);

    BurgernetMail next = sent.followUp("Vervolg: Let op", NOW.plus(Duration.ofDays(2)));

    assertThat(next.getStatus()).isEqualTo(MailStatus.DRAFT);
    assertThat(next.getAuthor()).isEqualTo("auteur");
    assertThat(next.getOrigin()).isEqualTo(MailOrigin.POLICE);
    assertThat(next.getSubject()).isEqualTo("Vervolg: Let op");
    assertThat(next.getBodyText()).isEqualTo("Hoi");
    assertThat(next.authorScope()).isEqualTo(Scope.municipality(1, 7));
    assertThat(next.getSendRequestId()).isEmpty();
  }
}
