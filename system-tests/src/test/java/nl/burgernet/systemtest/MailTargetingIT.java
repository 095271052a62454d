package nl.burgernet.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import nl.burgernet.action.boundary.AreaSpecification;
import nl.burgernet.action.entity.GeoPoint;
import nl.burgernet.mail.boundary.MailDraft;
import nl.burgernet.mail.boundary.MailReport;
import nl.burgernet.mail.entity.BurgernetMail;
import nl.burgernet.mail.entity.MailKind;
import nl.burgernet.mail.entity.MailStatus;
import nl.burgernet.platform.boundary.InvalidInputException;
import nl.burgernet.systemtest.MailTargetFixture.Standing;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Rotterdam's ambassador sends to a part of the municipality: a full postcode, or a circle or
 * polygon drawn around a street. The count the composer shows is exactly the number of mails the
 * send makes; who unsubscribed, whose mail bounces or who belongs to another municipality (though
 * living in the area) gets nothing; postcodes of another municipality are refused. Real SMTP: the
 * mails are read from the test run's mail server.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MailTargetingIT {

  private static final String PREFIX = "6301";
  private static final Duration WAIT = Duration.ofSeconds(60);

  /** A full postcode of Rotterdam (PC4 3071) no other test uses, and its point. */
  private static final String STREET_POSTCODE = "3071 QX";

  private static final GeoPoint STREET = new GeoPoint(51.9030, 4.5100);

  /** A point in Rotterdam-Zuid, 2 km from the street, with a postcode of its own. */
  private static final GeoPoint SQUARE = new GeoPoint(51.8870, 4.4930);

  private static final String SQUARE_POSTCODE = "3083 QZ";

  private static final List<String> AT_STREET = List.of(reader("s0"), reader("s1"), reader("s2"));
  private static final List<String> AT_SQUARE = List.of(reader("q0"), reader("q1"));
  private static final String UNSUBSCRIBED = reader("gone");
  private static final String BOUNCED = reader("bounced");
  private static final String SCHIEDAM = reader("schiedam");

  @Deployment
  static WebArchive deployment() {
    return MailDesk.addTo(
        DeliveryFixture.addTo(
            Deployments.burgernet(MailTargetingIT.class, MailTargetFixture.class)));
  }

  @EJB private MailDesk desk;

  @EJB private MailTargetFixture fixture;

  private static long postcodeMail;
  private static long areaMail;

  @Test
  @Order(1)
  void participants_live_at_the_street_and_the_square_some_no_longer_reachable_by_mail() {
    for (String reader : AT_STREET) {
      fixture.place(
          reader,
          "Rotterdam",
          STREET_POSTCODE,
          STREET.latitude(),
          STREET.longitude(),
          Standing.ACTIVE);
    }
    for (String reader : AT_SQUARE) {
      fixture.place(
          reader,
          "Rotterdam",
          SQUARE_POSTCODE,
          SQUARE.latitude(),
          SQUARE.longitude(),
          Standing.ACTIVE);
    }
    for (GeoPoint point : List.of(STREET, SQUARE)) {
      String postcode = point == STREET ? STREET_POSTCODE : SQUARE_POSTCODE;
      String tag = point == STREET ? "s" : "q";
      fixture.place(
          UNSUBSCRIBED.replace("@", tag + "@"),
          "Rotterdam",
          postcode,
          point.latitude(),
          point.longitude(),
          Standing.UNSUBSCRIBED);
      fixture.place(
          BOUNCED.replace("@", tag + "@"),
          "Rotterdam",
          postcode,
          point.latitude(),
          point.longitude(),
          Standing.BOUNCED);
      fixture.place(
          SCHIEDAM.replace("@", tag + "@"),
          "Schiedam",
          postcode,
          point.latitude(),
          point.longitude(),
          Standing.ACTIVE);
    }
  }

  @Test
  @Order(2)
  void a_mail_to_a_full_postcode_counts_and_reaches_only_the_municipality_s_reachable_readers() {
    AreaSpecification postcode = AreaSpecification.postcodes(Set.of(STREET_POSTCODE));
    long rotterdam = desk.municipalityIdOf("Rotterdam");

    long count = desk.asAmbassadorOf("Rotterdam", mails -> mails.reach(rotterdam, postcode));
    assertThat(count).isEqualTo(AT_STREET.size());

    postcodeMail = approvedAndSent(draft("Postcode " + PREFIX, postcode));
    MailReport report = awaitSent(postcodeMail);
    assertThat(report.reached()).as("the count is the send").isEqualTo(count);
    assertThat(report.delivered()).isEqualTo(count);
    Set<String> kept =
        desk.asAmbassadorOf(
            "Rotterdam", mails -> mails.area(postcodeMail).orElseThrow().postcodes());
    assertThat(kept).as("the mail keeps its postcodes").containsExactly(STREET_POSTCODE);
  }

  @Test
  @Order(3)
  void a_circle_and_a_polygon_drawn_around_the_square_count_the_same_readers_and_send_to_them() {
    long rotterdam = desk.municipalityIdOf("Rotterdam");
    AreaSpecification circle = AreaSpecification.circle(SQUARE, 150);
    AreaSpecification polygon =
        AreaSpecification.polygon(
            List.of(
                new GeoPoint(SQUARE.latitude() - 0.001, SQUARE.longitude() - 0.001),
                new GeoPoint(SQUARE.latitude() - 0.001, SQUARE.longitude() + 0.001),
                new GeoPoint(SQUARE.latitude() + 0.001, SQUARE.longitude() + 0.001),
                new GeoPoint(SQUARE.latitude() + 0.001, SQUARE.longitude() - 0.001)));

    long byCircle = desk.asAmbassadorOf("Rotterdam", mails -> mails.reach(rotterdam, circle));
    long byPolygon = desk.asAmbassadorOf("Rotterdam", mails -> mails.reach(rotterdam, polygon));
    assertThat(byCircle).isEqualTo(AT_SQUARE.size());
    assertThat(byPolygon).isEqualTo(byCircle);

    areaMail = approvedAndSent(draft("Cirkel " + PREFIX, circle));
    MailReport report = awaitSent(areaMail);
    assertThat(report.reached()).as("the count is the send").isEqualTo(byCircle);
  }

  @Test
  @Order(4)
  void postcodes_outside_the_municipality_are_refused_with_their_names() {
    long rotterdam = desk.municipalityIdOf("Rotterdam");
    assertThatThrownBy(
            () ->
                desk.asAmbassadorOf(
                    "Rotterdam",
                    mails ->
                        mails.reach(
                            rotterdam, AreaSpecification.postcodes(Set.of("3071", "3111 AB")))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            refused -> {
              assertThat(refused.getMessageKey()).isEqualTo("mail.target.postcodesOutside");
              assertThat(refused.getArguments()).contains("3111 AB", "Rotterdam");
            });
    assertThatThrownBy(
            () ->
                desk.asAmbassadorOf(
                    "Rotterdam",
                    mails ->
                        mails.compose(
                            draft(
                                "Buiten " + PREFIX, AreaSpecification.postcodes(Set.of("3111"))))))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  @Order(5)
  @RunAsClient
  void the_readers_in_the_areas_get_the_mail_and_nobody_else() {
    for (String reader : AT_STREET) {
      assertThat(MailBox.subjectOf(MailBox.awaitMessageTo(reader, WAIT)))
          .isEqualTo("Postcode " + PREFIX);
      assertThat(MailBox.countTo(reader)).as("only the postcode mail").isEqualTo(1);
    }
    for (String reader : AT_SQUARE) {
      assertThat(MailBox.subjectOf(MailBox.awaitMessageTo(reader, WAIT)))
          .isEqualTo("Cirkel " + PREFIX);
      assertThat(MailBox.countTo(reader)).as("only the circle mail").isEqualTo(1);
    }
    for (String tag : List.of("s", "q")) {
      for (String excluded : List.of(UNSUBSCRIBED, BOUNCED, SCHIEDAM)) {
        assertThat(MailBox.countTo(excluded.replace("@", tag + "@"))).as(excluded).isZero();
      }
    }
  }

  private long approvedAndSent(MailDraft draft) {
    return desk.asAmbassadorOf(
        "Rotterdam",
        mails -> {
          BurgernetMail mail = mails.compose(draft);
          assertThat(mails.submit(mail.getId()).getStatus()).isEqualTo(MailStatus.APPROVED);
          return mails.sendNow(mail.getId()).getId();
        });
  }

  private MailReport awaitSent(long mail) {
    return DeliveryFixture.await(
        () -> desk.asAmbassadorOf("Rotterdam", mails -> mails.report(mail)),
        report -> report.reached() > 0 && report.underway() == 0);
  }

  private MailDraft draft(String subject, AreaSpecification area) {
    return new MailDraft(
        MailKind.PREVENTION,
        subject,
        "<p>Beste {{naam}},</p><p>Sluit uw deur.</p>",
        desk.municipalityIdOf("Rotterdam"),
        area);
  }

  private static String reader(String tag) {
    return "gebied-" + PREFIX + "-" + tag + "@burgernet.test";
  }
}
