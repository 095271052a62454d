package nl.burgernet.systemtest;

import static nl.burgernet.systemtest.DeliveryFixture.await;
import static nl.burgernet.systemtest.DeliveryFixture.channel;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import java.net.URL;
import nl.burgernet.delivery.boundary.SendOrder;
import nl.burgernet.delivery.entity.DeliveryState;
import nl.burgernet.delivery.entity.SendPriority;
import nl.burgernet.delivery.entity.SendRequest;
import nl.burgernet.delivery.entity.SendRequestState;
import nl.burgernet.participant.entity.Channel;
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
 * The national functional administrator finds a finished send in the portal's list of deliveries,
 * opens it and reads its counts per state; both pages pass the WCAG 2.1 AA checks of axe-core.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeliveryPortalBrowserIT {

  private static final String PREFIX = "4401";
  private static final int RECIPIENTS = 5;
  private static final String DESCRIPTION = "Portaaltest verzending";

  @Deployment
  static WebArchive deployment() {
    return DeliveryFixture.addTo(Deployments.burgernet(DeliveryPortalBrowserIT.class));
  }

  @EJB private DeliveryFixture fixture;

  @ArquillianResource private URL base;

  @Test
  @Order(1)
  void a_request_is_sent_to_every_recipient() {
    SendRequest request =
        fixture.submit(
            SendOrder.sms(
                "portal-" + PREFIX,
                SendPriority.NORMAL,
                DESCRIPTION,
                "Burgernet: bedankt voor uw hulp bij de zoekactie."),
            fixture.activeParticipants(PREFIX, RECIPIENTS));

    assertThat(
            await(
                    () -> fixture.progress(request.getId()),
                    p -> channel(p, Channel.SMS).count(DeliveryState.DELIVERED) == RECIPIENTS)
                .request()
                .getState())
        .isEqualTo(SendRequestState.FINISHED);
  }

  @Test
  @Order(2)
  @RunAsClient
  void the_administrator_watches_it_in_the_portal() {
    try (Browser browser = new Browser(base)) {
      browser.logIn("beheerder");
      browser.click("menu-verzendingen");
      browser.awaitText(DESCRIPTION);
      assertThat(browser.accessibilityViolationDetails()).as("list").isEmpty();

      // the newest request comes first: the one this test just sent
      browser.click("requests-form:requests:0:open");
      browser.awaitText("Afgeleverd");

      assertThat(browser.element("delivery-title").getText()).contains(DESCRIPTION);
      assertThat(browser.element("request-state").getText()).isEqualTo("Afgerond");
      assertThat(browser.element("count-SMS-DELIVERED").getText()).isEqualTo("5");
      assertThat(browser.element("count-SMS-CANCELLED").getText()).isEqualTo("0");
      assertThat(browser.has("delivery-form:recall")).as("nothing left to stop").isFalse();
      assertThat(browser.accessibilityViolationDetails()).as("detail").isEmpty();
    }
  }
}
