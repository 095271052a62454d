package nl.burgernet.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import nl.burgernet.action.boundary.AreaSpecification;
import nl.burgernet.mail.boundary.MailDraft;
import nl.burgernet.mail.entity.BurgernetMail;
import nl.burgernet.mail.entity.MailKind;
import nl.burgernet.mail.entity.MailStatus;
import nl.burgernet.mail.entity.NewsletterItem;
import nl.burgernet.platform.boundary.NotFoundException;
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
 * The regional bureau of Rotterdam-Rijnmond writes a newsletter item once (its markup sanitised
 * like a mail's body); it is offered to its own region only, goes into a newsletter that reaches
 * the participants' mailboxes, is changed, and once retired is no longer offered or insertable.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NewsletterItemsIT {

  private static final String PREFIX = "6303";
  private static final String TITLE = "Schuren en schuurtjes " + PREFIX;
  private static final String SUBJECT = "Nieuwsbrief " + PREFIX;
  private static final String POSTCODE = "3071 QY";
  private static final List<String> READERS =
      List.of("item-" + PREFIX + "-0@burgernet.test", "item-" + PREFIX + "-1@burgernet.test");

  @Deployment
  static WebArchive deployment() {
    return BureauDesk.addTo(
        DeliveryFixture.addTo(
            Deployments.burgernet(NewsletterItemsIT.class, MailTargetFixture.class)));
  }

  @EJB private BureauDesk bureau;

  @EJB private MailTargetFixture places;

  private static long itemId;

  @Test
  @Order(1)
  void the_bureau_writes_an_item_that_only_its_own_region_is_offered() {
    NewsletterItem item =
        bureau.inRegionOf(
            "Rotterdam",
            (items, mails) ->
                items.create(
                    TITLE,
                    "<p>Sluit de <strong>schuur</strong> af.</p><script>alert(1)</script>"
                        + "<img src=\"https://volger.example/pixel.gif\">"));
    itemId = item.getId();
    assertThat(item.getBodyHtml())
        .contains("<strong>schuur</strong>")
        .doesNotContain("script", "<img", "volger.example");

    assertThat(offeredIn("Rotterdam")).extracting(NewsletterItem::getTitle).contains(TITLE);
    assertThat(offeredIn("Utrecht")).extracting(NewsletterItem::getTitle).doesNotContain(TITLE);
    assertThatThrownBy(
            () -> bureau.inRegionOf("Utrecht", (items, mails) -> items.insertion(itemId)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  @Order(2)
  void a_newsletter_with_the_item_inserted_is_sent() {
    for (String reader : READERS) {
      places.place(reader, "Rotterdam", POSTCODE, 51.9010, 4.5150, Standing.ACTIVE);
    }
    long rotterdam = bureau.municipalityIdOf("Rotterdam");
    BurgernetMail sent =
        bureau.inRegionOf(
            "Rotterdam",
            (items, mails) -> {
              String html = "<p>Beste {{naam}},</p>" + items.insertion(itemId);
              BurgernetMail mail =
                  mails.compose(
                      new MailDraft(
                          MailKind.NEWSLETTER,
                          SUBJECT,
                          html,
                          rotterdam,
                          AreaSpecification.postcodes(Set.of(POSTCODE))));
              mails.submit(mail.getId());
              return mails.sendNow(mail.getId());
            });
    assertThat(sent.getStatus()).isEqualTo(MailStatus.SENT);
  }

  @Test
  @Order(3)
  @RunAsClient
  void the_readers_find_the_item_in_their_newsletter() {
    for (String reader : READERS) {
      String parts = MailBox.partsOf(MailBox.awaitMessageTo(reader, Duration.ofSeconds(60)));
      assertThat(parts).contains(TITLE, "Sluit de schuur af.").doesNotContain("volger.example");
    }
  }

  @Test
  @Order(4)
  void a_changed_item_is_offered_with_its_new_title_and_a_retired_one_no_longer() {
    bureau.inRegionOf(
        "Rotterdam",
        (items, mails) -> items.change(itemId, TITLE + " (herzien)", "<p>Sluit de schuur af.</p>"));
    assertThat(offeredIn("Rotterdam"))
        .extracting(NewsletterItem::getTitle)
        .contains(TITLE + " (herzien)");

    bureau.inRegionOf("Rotterdam", (items, mails) -> items.retire(itemId));
    assertThat(offeredIn("Rotterdam")).extracting(NewsletterItem::getId).doesNotContain(itemId);
    assertThat(allOfRotterdam())
        .filteredOn(item -> item.getId() == itemId)
        .singleElement()
        .satisfies(item -> assertThat(item.isRetired()).isTrue());
    assertThatThrownBy(
            () -> bureau.inRegionOf("Rotterdam", (items, mails) -> items.insertion(itemId)))
        .isInstanceOf(NotFoundException.class);
  }

  private List<NewsletterItem> offeredIn(String municipality) {
    return bureau.inRegionOf(municipality, (items, mails) -> items.offered());
  }

  private List<NewsletterItem> allOfRotterdam() {
    return bureau.inRegionOf("Rotterdam", (items, mails) -> items.all());
  }
}
