package nl.burgernet.systemtest;

import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that uses the deployed application through a fresh Chromium per test, and keeps a
 * screenshot of the last page for whoever reads a failed run. Each subclass names its deployment.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class BrowserTest {

  @ArquillianResource protected URL base;

  protected Browser browser;

  @BeforeEach
  void startBrowser() {
    browser = new Browser(base);
  }

  @AfterEach
  void closeBrowser(TestInfo test) {
    browser.saveScreenshot(getClass().getSimpleName() + "-" + test.getDisplayName());
    browser.close();
  }
}
