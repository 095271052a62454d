package nl.burgernet.localpeers;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The JDK's HTTP server on 127.0.0.1 for the local HTTP peers, one daemon thread per request. */
final class LocalHttp {

  private LocalHttp() {}

  /**
   * Listens on the port (0: a free one) with the workers as executor; the caller adds its contexts
   * and starts it.
   */
  static HttpServer listen(int requestedPort, ExecutorService workers, String what) {
    int port = FreePort.resolve(requestedPort);
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
      server.setExecutor(workers);
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(what + " cannot listen on port " + port, e);
    }
  }

  /** Requests held open side by side (a call in progress) each need their own thread. */
  static ExecutorService workers() {
    return Executors.newCachedThreadPool(
        task -> {
          Thread thread = new Thread(task, "local-http-peer");
          thread.setDaemon(true);
          return thread;
        });
  }
}
