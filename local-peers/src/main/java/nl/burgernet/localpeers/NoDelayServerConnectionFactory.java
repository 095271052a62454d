package nl.burgernet.localpeers;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.jsmpp.session.connection.Connection;
import org.jsmpp.session.connection.ServerConnection;
import org.jsmpp.session.connection.ServerConnectionFactory;
import org.jsmpp.session.connection.socket.SocketConnection;

/**
 * jSMPP server sockets on 127.0.0.1 whose accepted connections set TCP_NODELAY: with Nagle's
 * algorithm on, small windows and delivery receipts run 25-40 times slower.
 */
final class NoDelayServerConnectionFactory implements ServerConnectionFactory {

  private static final int BACKLOG = 50;

  @Override
  public ServerConnection listen(int port) throws IOException {
    return listen(port, 0, BACKLOG);
  }

  @Override
  public ServerConnection listen(int port, int timeout) throws IOException {
    return listen(port, timeout, BACKLOG);
  }

  @Override
  public ServerConnection listen(int port, int timeout, int backlog) throws IOException {
    ServerSocket serverSocket = new ServerSocket(port, backlog, InetAddress.getLoopbackAddress());
    serverSocket.setSoTimeout(timeout);
    return new NoDelayServerConnection(serverSocket);
  }

  private record NoDelayServerConnection(ServerSocket serverSocket) implements ServerConnection {

    @Override
    public Connection accept() throws IOException {
      Socket socket = serverSocket.accept();
      socket.setTcpNoDelay(true);
      return new SocketConnection(socket);
    }

    @Override
    public void setSoTimeout(int timeout) throws IOException {
      serverSocket.setSoTimeout(timeout);
    }

    @Override
    public int getSoTimeout() throws IOException {
      return serverSocket.getSoTimeout();
    }

    @Override
    public void close() throws IOException {
      serverSocket.close();
    }
  }
}
