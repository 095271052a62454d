package nl.burgernet.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * What a user does on the Burgernetmail pages that the generic {@link Browser} does not know: type
 * in the rich-text editor, wait for a figure of the report. Client side only (never deployed).
 */
final class MailPages {

  private static final Duration WAIT = Duration.ofSeconds(60);

  private MailPages() {}

  /**
   * A fresh Chromium that keeps a screenshot of its last page when it closes, as BrowserTest does.
   */
  static Kept kept(URL base, String name) {
    return new Kept(new Browser(base), "BurgernetMailBrowserIT-" + name);
  }

  /** The same, with the screenshot under the name of the test class that uses it. */
  static Kept kept(URL base, Class<?> test, String name) {
    return new Kept(new Browser(base), test.getSimpleName() + "-" + name);
  }

  record Kept(Browser browser, String name) implements AutoCloseable {
    @Override
    public void close() {
      browser.saveScreenshot(name);
      browser.close();
    }
  }

  static void typeAtEnd(Browser browser, String text) {
    WebElement editor = browser.element("compose:body").findElement(By.cssSelector(".ql-editor"));
    editor.click();
    editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
    editor.sendKeys(Keys.ENTER, text);
  }

  /** Waits while the page refreshes the report (a refresh may replace the element mid-read). */
  static void awaitFigure(Browser browser, String id, int expected) {
    awaitFigure(browser, id, expected, () -> {});
  }

  /**
   * Waits for a figure that changes after the mail went out, such as a bounce that comes back
   * later: the page stops refreshing itself once the mail is sent, so it is reloaded, as its reader
   * would.
   */
  static void awaitFigureReloading(Browser browser, String id, int expected) {
    String page = browser.currentPath().substring(1);
    awaitFigure(browser, id, expected, () -> browser.open(page));
  }

  private static void awaitFigure(Browser browser, String id, int expected, Runnable between) {
    Instant deadline = Instant.now().plus(WAIT);
    while (!String.valueOf(expected).equals(figure(browser, id))
        && Instant.now().isBefore(deadline)) {
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
      between.run();
    }
    assertThat(figure(browser, id)).isEqualTo(String.valueOf(expected));
  }

  /** A figure of the page as a number (Dutch notation: 1.234). */
  static long number(Browser browser, String id) {
    return Long.parseLong(figure(browser, id).replace(".", ""));
  }

  private static String figure(Browser browser, String id) {
    try {
      return browser.element(id).getText();
    } catch (StaleElementReferenceException | NoSuchElementException e) {
      return "";
    }
  }
}
