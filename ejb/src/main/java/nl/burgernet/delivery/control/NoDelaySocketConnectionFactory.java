package nl.burgernet.delivery.control;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.jsmpp.session.connection.Connection;
import org.jsmpp.session.connection.ConnectionFactory;
import org.jsmpp.session.connection.socket.SocketConnection;

/**
 * jSMPP connections with TCP_NODELAY and a connect timeout. Without TCP_NODELAY Nagle's algorithm
 * holds back the small SMPP packets and throughput with a small window drops 25-40 times (measured
 * against the local SMSC: ~800 instead of 30,000 submit_sm/s).
 */
final class NoDelaySocketConnectionFactory implements ConnectionFactory {

  private final int connectTimeoutMillis;

  NoDelaySocketConnectionFactory(int connectTimeoutMillis) {
    this.connectTimeoutMillis = connectTimeoutMillis;
  }

  @Override
  public Connection createConnection(String host, int port) throws IOException {
    Socket socket = new Socket();
    try {
      socket.setTcpNoDelay(true);
      socket.connect(new InetSocketAddress(host, port), connectTimeoutMillis);
      return new SocketConnection(socket);
    } catch (IOException e) {
      socket.close();
      throw e;
    }
  }
}
