package nl.burgernet.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import javax.sql.DataSource;
import nl.burgernet.mail.boundary.MailDraft;
import nl.burgernet.mail.boundary.MailTemplateText;
import nl.burgernet.mail.entity.BurgernetMail;
import nl.burgernet.mail.entity.MailKind;
import nl.burgernet.mail.entity.MailTemplate;
import nl.burgernet.platform.boundary.InvalidInputException;
import nl.burgernet.platform.boundary.NotFoundException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The regional bureau of Rotterdam-Rijnmond keeps its Burgernetmail templates: a new one (its
 * markup sanitised like a mail's body) is offered to its own region's composers only, a change is
 * what the composer applies from then on, and a retired one is no longer offered while the mail
 * written with it stays as it was. Every change is in the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BurgernetMailTemplatesIT {

  private static final String NAME = "Fietsendiefstal 6406";
  private static final String SUBJECT = "Let op uw fiets";

  @Deployment
  static WebArchive deployment() {
    return BureauDesk.addTo(
        Deployments.burgernet(
            BurgernetMailTemplatesIT.class, MailTargetFixture.class, AuditedActions.class));
  }

  @EJB private BureauDesk bureau;

  @Resource(lookup = "java:app/jdbc/burgernet")
  private DataSource dataSource;

  private static long templateId;

  private static long mailId;

  @Test
  @Order(1)
  void a_new_template_is_sanitised_and_offered_to_its_own_region_only() {
    MailTemplate template =
        bureau.withTemplatesOf(
            "Rotterdam",
            (templates, mails) ->
                templates.create(
                    new MailTemplateText(
                        MailKind.LIVEABILITY,
                        NAME,
                        SUBJECT,
                        "<p>Beste {{naam}}, zet uw <strong>fiets</strong> op slot.</p>"
                            + "<script>alert(1)</script>"
                            + "<img src=\"https://volger.example/pixel.gif\">")));
    templateId = template.getId();
    assertThat(template.getBodyHtml())
        .contains("<strong>fiets</strong>", "{{naam}}")
        .doesNotContain("script", "<img", "volger.example");

    assertThat(offeredIn("Rotterdam")).extracting(MailTemplate::getName).contains(NAME);
    assertThat(offeredIn("Utrecht")).extracting(MailTemplate::getId).doesNotContain(templateId);
  }

  @Test
  @Order(2)
  void another_regions_template_does_not_exist_for_the_caller() {
    MailTemplateText text =
        new MailTemplateText(MailKind.LIVEABILITY, "Overgenomen", SUBJECT, "<p>Van ons.</p>");
    assertThatThrownBy(() -> changeIn("Utrecht", text)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                bureau.withTemplatesOf(
                    "Utrecht", (templates, mails) -> templates.retire(templateId)))
        .isInstanceOf(NotFoundException.class);
    assertThat(allOf("Utrecht")).extracting(MailTemplate::getId).doesNotContain(templateId);
    assertThat(offeredIn("Rotterdam")).extracting(MailTemplate::getName).contains(NAME);
  }

  @Test
  @Order(3)
  void an_empty_name_or_a_text_with_nothing_allowed_in_it_is_refused_in_dutch() {
    Throwable emptyName =
        catchThrowable(
            () ->
                changeIn(
                    "Rotterdam",
                    new MailTemplateText(MailKind.LIVEABILITY, " ", SUBJECT, "<p>Tekst</p>")));
    assertThat(violationMessages(emptyName)).containsExactly("Vul de naam van het sjabloon in.");

    MailTemplateText onlyScript =
        new MailTemplateText(MailKind.LIVEABILITY, NAME, SUBJECT, "<script>alert(1)</script>");
    assertThatThrownBy(() -> changeIn("Rotterdam", onlyScript))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            refused -> assertThat(refused.getMessageKey()).isEqualTo("mail.text.empty"));
  }

  @Test
  @Order(4)
  void the_composer_applies_the_changed_text() {
    String html = "<h2>Fietsen</h2><p>Gebruik een <em>tweede</em> slot.</p>";
    changeIn(
        "Rotterdam",
        new MailTemplateText(MailKind.PREVENTION, NAME + " (herzien)", SUBJECT + "!", html));

    MailTemplate offered =
        offeredIn("Rotterdam").stream()
            .filter(template -> template.getId() == templateId)
            .findFirst()
            .orElseThrow();
    assertThat(offered.getKind()).isEqualTo(MailKind.PREVENTION);
    assertThat(offered.getName()).isEqualTo(NAME + " (herzien)");
    assertThat(offered.getSubject()).isEqualTo(SUBJECT + "!");
    assertThat(offered.getBodyHtml()).isEqualTo(html);

    MailDraft draft =
        new MailDraft(
            offered.getKind(),
            offered.getSubject(),
            offered.getBodyHtml(),
            bureau.municipalityIdOf("Rotterdam"));
    mailId =
        bureau.withTemplatesOf("Rotterdam", (templates, mails) -> mails.compose(draft)).getId();
  }

  @Test
  @Order(5)
  void a_retired_template_is_no_longer_offered_and_the_mail_written_with_it_stays() {
    bureau.withTemplatesOf("Rotterdam", (templates, mails) -> templates.retire(templateId));

    assertThat(offeredIn("Rotterdam")).extracting(MailTemplate::getId).doesNotContain(templateId);
    assertThat(allOf("Rotterdam"))
        .filteredOn(template -> template.getId() == templateId)
        .singleElement()
        .satisfies(template -> assertThat(template.isRetired()).isTrue());
    BurgernetMail mail =
        bureau.withTemplatesOf("Rotterdam", (templates, mails) -> mails.mail(mailId));
    assertThat(mail.getSubject()).isEqualTo(SUBJECT + "!");
    assertThat(mail.getBodyHtml()).contains("tweede");
  }

  @Test
  @Order(6)
  void every_change_is_in_the_audit_trail() {
    assertThat(AuditedActions.on(dataSource, "MailTemplate", templateId))
        .containsExactly("CREATE", "UPDATE", "UPDATE");
  }

  private MailTemplate changeIn(String municipality, MailTemplateText text) {
    return bureau.withTemplatesOf(
        municipality, (templates, mails) -> templates.change(templateId, text));
  }

  private List<MailTemplate> offeredIn(String municipality) {
    return bureau.withTemplatesOf(municipality, (templates, mails) -> mails.templates());
  }

  private List<MailTemplate> allOf(String municipality) {
    return bureau.withTemplatesOf(municipality, (templates, mails) -> templates.all());
  }

  /** The Dutch messages of the service contract's refusal, however the container wraps it. */
  private static List<String> violationMessages(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConstraintViolationException violations) {
        return violations.getConstraintViolations().stream()
            .map(ConstraintViolation::getMessage)
            .toList();
      }
    }
    throw new AssertionError("not refused by Bean Validation", thrown);
  }
}
