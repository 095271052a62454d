package nl.burgernet.localpeers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * Resolves "port 0" to a concrete free port before a peer starts.
 *
 * <p>Not every peer can report the port it bound to after the fact, and the application needs the
 * port in its environment before it starts, so the port is chosen up front. Another process could
 * take it in the short gap before the peer binds; on a developer machine that is rare enough to
 * accept.
 */
public final class FreePort {

  private FreePort() {}

  public static int resolve(int requestedPort) {
    if (requestedPort != 0) {
      return requestedPort;
    }
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on the loopback interface", e);
    }
  }
}
