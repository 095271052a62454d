package nl.burgernet.systemtest;

import java.io.File;
import java.net.URISyntaxException;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The application exactly as it is built (web/target/burgernet.war), plus the test classes that run
 * inside it. Nothing is listed by hand, so the tests exercise the real artifact.
 */
public final class Deployments {

  private Deployments() {}

  public static WebArchive burgernet(Class<?>... testClasses) {
    return ShrinkWrap.create(ZipImporter.class, "burgernet.war")
        .importFrom(new File(System.getProperty("burgernet.war")))
        .as(WebArchive.class)
        .addClasses(testClasses)
        .addAsLibraries(jarOf(Assertions.class));
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
