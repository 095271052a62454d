package nl.burgernet.localpeers;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Logger;

/**
 * A local peer that answers HTTP requests to one path on 127.0.0.1, with the JDK's HTTP server; the
 * subclasses say how it answers. It serves each request on its own daemon thread, because requests
 * held open side by side (a call in progress) each need one.
 */
public abstract class LocalHttpPeer implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(LocalHttpPeer.class.getName());

  private final int requestedPort;
  private final String name;
  private final String path;
  private HttpServer server;
  private ExecutorService workers;

  /**
   * @param requestedPort on 127.0.0.1, 0 for a free one
   * @param name what the peer is, for the log
   * @param path the path it answers, and every path below it
   */
  LocalHttpPeer(int requestedPort, String name, String path) {
    this.requestedPort = requestedPort;
    this.name = name;
    this.path = path;
  }

  /** Answers one request to the path; the exchange is closed afterwards. */
  protected abstract void handle(HttpExchange exchange) throws IOException;

  public synchronized void start() {
    int port = FreePort.resolve(requestedPort);
    workers = Executors.newCachedThreadPool(new DaemonThreads("local-http-peer"));
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    } catch (IOException e) {
      workers.shutdownNow();
      throw new UncheckedIOException(name + " cannot listen on port " + port, e);
    }
    server.setExecutor(workers);
    server.createContext(path, this::handle);
    server.start();
    LOG.info(() -> name + " ready on " + url());
  }

  public synchronized void stop() {
    if (server != null) {
      server.stop(0);
      workers.shutdownNow();
      server = null;
    }
  }

  @Override
  public void close() {
    stop();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** The address of the path it answers. */
  public String url() {
    return "http://127.0.0.1:" + port() + path;
  }
}
