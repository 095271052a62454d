package nl.burgernet.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import nl.burgernet.security.entity.StaffRole;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * After five wrong passwords a user name is locked for a while, even for the right password; the
 * owner is told by mail, and every attempt stands in the append-only audit trail.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoginThrottlingIT {

  private static final String USERNAME = "slot.test";
  private static final String PASSWORD = "Juist-wachtwoord-2026";

  @Deployment
  static WebArchive deployment() {
    return Deployments.burgernet(LoginThrottlingIT.class, StaffFixture.class);
  }

  @Inject private StaffFixture staff;

  @Test
  @Order(1)
  void given_a_staff_member() {
    staff.nationalAccount(USERNAME, PASSWORD, StaffRole.STEERING_GROUP_MEMBER);
  }

  @Test
  @Order(2)
  @RunAsClient
  void five_wrong_passwords_lock_the_account_even_for_the_right_one(@ArquillianResource URL base) {
    StaffApi api = new StaffApi(base);
    assertThat(api.get("regions", USERNAME, PASSWORD).statusCode()).isEqualTo(200);

    for (int attempt = 1; attempt <= 5; attempt++) {
      assertThat(api.get("regions", USERNAME, "fout-" + attempt).statusCode()).isEqualTo(401);
    }

    assertThat(api.get("regions", USERNAME, PASSWORD).statusCode()).isEqualTo(401);
  }

  @Test
  @Order(3)
  @RunAsClient
  void the_owner_is_mailed_that_the_account_is_locked() {
    MimeMessage notice =
        MailBox.awaitMessageTo(StaffFixture.mailOf(USERNAME), Duration.ofSeconds(60));

    assertThat(MailBox.subjectOf(notice))
        .isEqualTo("Uw Burgernet-account is tijdelijk geblokkeerd");
    assertThat(MailBox.textOf(notice)).contains("15 minuten");
  }

  @Test
  @Order(4)
  @RunAsClient
  void every_attempt_is_in_the_audit_trail() {
    List<String> results = AuditDatabase.loginResults(USERNAME);

    assertThat(results)
        .containsExactly(
            "SUCCESS", "FAILURE", "FAILURE", "FAILURE", "FAILURE", "FAILURE", "DENIED");
  }

  @Test
  @Order(5)
  @RunAsClient
  void the_audit_trail_cannot_be_changed_or_emptied() {
    assertThatThrownBy(() -> AuditDatabase.execute("UPDATE audit_entry SET result = 'SUCCESS'"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> AuditDatabase.execute("DELETE FROM audit_entry"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("append-only");
  }
}
