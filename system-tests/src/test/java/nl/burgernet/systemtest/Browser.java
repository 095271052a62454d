package nl.burgernet.systemtest;

import static nl.burgernet.security.control.StaffBootstrap.DEMO_PASSWORD;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium, driven as a staff member would use the portal. */
final class Browser implements AutoCloseable {

  private static final List<String> WCAG_21_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private final ChromeDriver driver;
  private final URL base;

  /**
   * The portal's session cookie is Secure; browsers accept that over plain HTTP only from
   * localhost, so the tests address the server as localhost whatever host Micro reports.
   */
  Browser(URL deploymentUrl) {
    try {
      this.base = new URL("http", "localhost", deploymentUrl.getPort(), deploymentUrl.getPath());
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("burgernet.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--lang=nl-NL",
        "--window-size=1280,900",
        "--user-data-dir=" + temporaryProfile());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new File(System.getProperty("burgernet.chromedriver", "/usr/bin/chromedriver")))
            .build();
    driver = new ChromeDriver(service, options);
  }

  void open(String path) {
    driver.get(base + path);
  }

  void logIn(String username) {
    logIn(username, DEMO_PASSWORD);
  }

  void logIn(String username, String password) {
    open("login.xhtml");
    driver.findElement(By.cssSelector("#login-form input[type=text]")).sendKeys(username);
    driver.findElement(By.cssSelector("#login-form input[type=password]")).sendKeys(password);
    driver.findElement(By.cssSelector("[id$='login-submit']")).click();
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(
            ExpectedConditions.or(
                ExpectedConditions.urlContains("/portal/"),
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(".message-error"))));
  }

  /** Scrolls the element into view first, as a user scrolls a long dialog. */
  void click(String id) {
    WebElement element = waitFor(id);
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }

  void type(String id, String text) {
    WebElement field = waitFor(id);
    field.clear();
    field.sendKeys(text);
  }

  /**
   * Picks an option of a PrimeFaces menu of many by its visible label and closes the menu again, as
   * a user clicks.
   */
  void chooseMany(String menuId, String label) {
    click(menuId);
    By panel = By.id(menuId + "_panel");
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    WebElement option =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.xpath(
                    "//*[@id='"
                        + menuId
                        + "_panel']//li[.//label[normalize-space(.)='"
                        + label
                        + "']]")));
    awaitAnimations();
    option.click();
    click(menuId);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(panel));
  }

  /**
   * Picks an option of a PrimeFaces select-one menu by typing its label, as a keyboard user does:
   * type-ahead selects it and Tab leaves the field, which fires its change event.
   */
  void chooseOne(String menuId, String label) {
    WebElement focus = driver.findElement(By.id(menuId + "_label"));
    driver.executeScript(
        "arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", focus);
    focus.sendKeys(label);
    focus.sendKeys(Keys.TAB);
    // the choice may re-render the menu: a label read just before that is stale, read it again
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> d.findElement(By.id(menuId + "_label")).getText().strip().equals(label));
    awaitAnimations();
  }

  /**
   * Picks an option of a native select (the field type {@code nativeSelect}) by its visible label,
   * as a user picks it from the browser's own list; the choice fires the change event.
   */
  void select(String id, String label) {
    WebElement field = waitFor(id);
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", field);
    new Select(field).selectByVisibleText(label);
  }

  /** Panels slide open; a click during the animation lands on whatever is under the pointer. */
  private void awaitAnimations() {
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(
            d ->
                Boolean.TRUE.equals(
                    driver.executeScript(
                        "return !window.jQuery || (jQuery(':animated').length === 0"
                            + " && jQuery.active === 0);")));
  }

  /**
   * Clicks the button or link whose id ends in {@code buttonId} in the table row that shows this
   * text.
   */
  void clickInRow(String tableId, String rowText, String buttonId) {
    WebElement button =
        new WebDriverWait(driver, Duration.ofSeconds(20))
            .until(
                ExpectedConditions.elementToBeClickable(
                    By.xpath(
                        "//*[@id='"
                            + tableId
                            + "']//tr[td[normalize-space()='"
                            + rowText
                            + "']]//*[(self::button or self::a) and substring(@id,"
                            + " string-length(@id) - "
                            + (buttonId.length() - 1)
                            + ") = '"
                            + buttonId
                            + "']")));
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
    button.click();
  }

  /**
   * Types into a field that an ajax update may be replacing right now (after a choice that reloads
   * the form): a field caught between old and new page is found again and typed into once more.
   */
  void typeAfterUpdate(String id, String text) {
    for (int attempt = 1; ; attempt++) {
      try {
        awaitAnimations();
        type(id, text);
        return;
      } catch (StaleElementReferenceException | ElementNotInteractableException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  /** Follows the link with exactly this text, as a user clicks it, and waits for the page. */
  void followLink(String text) {
    WebElement link =
        new WebDriverWait(driver, Duration.ofSeconds(20))
            .until(ExpectedConditions.elementToBeClickable(By.linkText(text)));
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", link);
    link.click();
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> isDetached(link));
  }

  void awaitText(String text) {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> d.findElement(By.tagName("body")).getText().contains(text));
  }

  private WebElement waitFor(String id) {
    return new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.elementToBeClickable(By.id(id)));
  }

  void logOut() {
    driver.manage().deleteAllCookies();
  }

  String currentPath() {
    return driver.getCurrentUrl().substring(base.toString().length() - 1);
  }

  String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  boolean has(String id) {
    return !driver.findElements(By.id(id)).isEmpty();
  }

  WebElement element(String id) {
    return driver.findElement(By.id(id));
  }

  /** Clicks the button with this id that posts the page, and waits for the next page to load. */
  void submit(String id) {
    WebElement button = clickWhenAttached(id);
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> isDetached(button));
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> "complete".equals(driver.executeScript("return document.readyState;")));
  }

  /**
   * Whether the page replaced the element. Chromium answers a question about a replaced node with
   * "does not belong to the document" instead of a stale reference, depending on timing.
   */
  private static boolean isDetached(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException e) {
      return true;
    } catch (WebDriverException e) {
      if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  /**
   * A page that is still being replaced (a redirect after a post) can detach the button between
   * finding and clicking it; then the click never happened, and it is tried again on the new page.
   */
  private WebElement clickWhenAttached(String id) {
    for (int attempt = 1; ; attempt++) {
      WebElement button = waitFor(id);
      try {
        button.click();
        return button;
      } catch (StaleElementReferenceException e) {
        if (attempt == 3) {
          throw e;
        }
      } catch (WebDriverException e) {
        if (attempt == 3
            || !String.valueOf(e.getMessage()).contains("does not belong to the document")) {
          throw e;
        }
      }
    }
  }

  /** Ticks the checkbox whose label has this text. */
  void check(String label) {
    driver.findElement(By.xpath("//label[normalize-space()='" + label + "']")).click();
  }

  /**
   * Sets a time field to "HH:mm". Typing into it depends on the browser's clock format (12 or 24
   * hours), its value does not.
   */
  void setTime(String id, String time) {
    driver.executeScript("arguments[0].value = arguments[1];", waitFor(id), time);
  }

  /** Lets the browser save downloads in this folder without asking. */
  void downloadInto(Path folder) {
    driver.executeCdpCommand(
        "Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", folder.toAbsolutePath().toString()));
  }

  /** The text of the file with this name once the browser has finished saving it there. */
  static String awaitDownload(Path folder, String name) {
    try {
      return Files.readString(awaitDownloadedFile(folder, name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file with this name once the browser has finished saving it there. */
  static Path awaitDownloadedFile(Path folder, String name) {
    Path file = folder.resolve(name);
    Instant deadline = Instant.now().plusSeconds(20);
    while (!Files.isRegularFile(file) && Instant.now().isBefore(deadline)) {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("no download " + name + " within 20 s");
    }
    return file;
  }

  /** The WCAG 2.1 A and AA rules axe-core finds broken on the current page, one per line. */
  String accessibilityViolations() {
    Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
    return results.getViolations().stream()
        .map(Browser::describe)
        .collect(Collectors.joining("\n"));
  }

  /** As {@link #accessibilityViolations()}, with the HTML of each offending element. */
  String accessibilityViolationDetails() {
    Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
    return results.getViolations().stream()
        .map(
            rule ->
                describe(rule)
                    + rule.getNodes().stream()
                        .map(node -> "\n  " + node.getHtml())
                        .collect(Collectors.joining()))
        .collect(Collectors.joining("\n"));
  }

  private static String describe(Rule rule) {
    return rule.getId() + ": " + rule.getHelp() + " (" + rule.getNodes().size() + "x)";
  }

  private static String temporaryProfile() {
    try {
      return Files.createTempDirectory("burgernet-chromium").toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until the element's text contains this text, e.g. after an ajax update or a push. */
  void awaitElementText(String id, String text) {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(
            d -> {
              List<WebElement> found = d.findElements(By.id(id));
              return !found.isEmpty() && found.get(0).getText().contains(text);
            });
  }

  /** Waits until the field's value contains this text, e.g. after the page proposed a text. */
  void awaitValue(String id, String text) {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(
            d -> {
              List<WebElement> found = d.findElements(By.id(id));
              return !found.isEmpty()
                  && String.valueOf(found.get(0).getDomProperty("value")).contains(text);
            });
  }

  /** The element's text, read again when an ajax update replaced the element meanwhile. */
  String textOf(String id) {
    return new WebDriverWait(driver, Duration.ofSeconds(20))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> d.findElement(By.id(id)).getText());
  }

  /** Runs a script in the page, e.g. to mark it and later tell whether it was reloaded. */
  Object script(String javaScript) {
    return driver.executeScript(javaScript);
  }

  /** Keeps what the browser showed last, for whoever reads a failed test run. */
  void saveScreenshot(String name) {
    try {
      Path folder = Files.createDirectories(Path.of("target", "browser-screenshots"));
      byte[] png = driver.getScreenshotAs(OutputType.BYTES);
      Files.write(folder.resolve(name.replaceAll("[^A-Za-z0-9_.-]", "_") + ".png"), png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
