package nl.burgernet.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The regional bureau of Midden-Nederland writes a Burgernetmail template in the composer's editor,
 * an investigator of the region starts a mail from it, and the bureau retires it again.
 */
class BurgernetMailTemplatesBrowserIT extends BrowserTest {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.burgernet();
  }

  @Test
  void the_bureau_writes_a_template_that_the_regions_composer_applies_and_retires_it() {
    String name = "Autokraak " + UUID.randomUUID().toString().substring(0, 8);
    browser.logIn("helpdesk");
    browser.click("menu-mailsjablonen");
    browser.awaitText("Sjablonen voor Burgernetmail");
    assertThat(browser.accessibilityViolationDetails()).as("templates page").isEmpty();

    browser.chooseOne("template-form:kind", "Getuigenoproep");
    browser.type("template-form:name", name);
    browser.type("template-form:subject", "Getuigen gezocht van een autokraak");
    WebElement editor =
        browser.element("template-form:body").findElement(By.cssSelector(".ql-editor"));
    editor.click();
    editor.sendKeys("Wie zag de kraak aan de [straat]?");
    browser.click("template-form:save");
    browser.awaitText("Het sjabloon is opgeslagen");
    assertThat(browser.element("template-form:templates").getText())
        .contains(name, "Getuigenoproep", "Getuigen gezocht van een autokraak");
    browser.logOut();

    browser.logIn("rechercheur");
    browser.open("portal/burgernetmail/opstellen.xhtml");
    browser.select("compose:template", name + " (Getuigenoproep)");
    browser.click("compose:use-template");
    browser.awaitText("Wie zag de kraak aan de [straat]?");
    browser.logOut();

    browser.logIn("helpdesk");
    browser.click("menu-mailsjablonen");
    browser.clickInRow("template-form:templates", name, "retire");
    browser.awaitText("Het sjabloon " + name + " is ingetrokken");
  }
}
