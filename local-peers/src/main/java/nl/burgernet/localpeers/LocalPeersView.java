package nl.burgernet.localpeers;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * What each local peer received, as JSON on 127.0.0.1, for the application's staff page of the
 * embedded run: {@code GET /sms}, {@code /mail}, {@code /push} and {@code /voice} each answer
 * {@code {"items":[{"at":...,"to":...,"content":...}]}}, newest first, at most {@link #MAXIMUM}.
 */
final class LocalPeersView {

  static final int MAXIMUM = 200;

  private static final Logger LOG = Logger.getLogger(LocalPeersView.class.getName());

  private final LocalPeers peers;
  private HttpServer server;

  LocalPeersView(LocalPeers peers) {
    this.peers = peers;
  }

  void start(int requestedPort) {
    int port = FreePort.resolve(requestedPort);
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("peers' view cannot listen on port " + port, e);
    }
    server.createContext("/", this::handle);
    server.start();
  }

  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      List<Item> items =
          switch (exchange.getRequestURI().getPath()) {
            case "/sms" -> sms();
            case "/mail" -> mail();
            case "/push" -> pushes();
            case "/voice" -> calls();
            default -> null;
          };
      if (items == null || !"GET".equals(exchange.getRequestMethod())) {
        send(exchange, 404, "{}");
        return;
      }
      JsonArrayBuilder array = Json.createArrayBuilder();
      items.stream()
          .sorted(Comparator.comparing(Item::at).reversed())
          .limit(MAXIMUM)
          .forEach(
              item ->
                  array.add(
                      Json.createObjectBuilder()
                          .add("at", item.at().toString())
                          .add("to", item.to())
                          .add("content", item.content())));
      send(exchange, 200, Json.createObjectBuilder().add("items", array).build().toString());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "peers' view failed: {0}", e.getClass().getName());
    }
  }

  private List<Item> sms() {
    return peers.smsc().received().stream()
        .map(sms -> new Item(sms.segments().get(0).receivedAt(), sms.e164Destination(), sms.text()))
        .toList();
  }

  private List<Item> mail() {
    List<Item> items = new ArrayList<>();
    for (MimeMessage message : peers.mailServer().getReceivedMessages()) {
      try {
        Date date = Optional.ofNullable(message.getReceivedDate()).orElse(message.getSentDate());
        items.add(
            new Item(
                date == null ? Instant.EPOCH : date.toInstant(),
                addresses(message.getRecipients(Message.RecipientType.TO)),
                Optional.ofNullable(message.getSubject()).orElse("")));
      } catch (MessagingException e) {
        throw new IllegalStateException("unreadable mail", e);
      }
    }
    return items;
  }

  private List<Item> pushes() {
    return peers.pushService().received().stream()
        .map(
            push ->
                new Item(
                    push.receivedAt(),
                    push.subscriptionId(),
                    push.payload() + " (urgency " + push.urgency() + ")"))
        .toList();
  }

  private List<Item> calls() {
    return peers.voice().calls().stream()
        .map(call -> new Item(call.receivedAt(), call.number(), call.script()))
        .toList();
  }

  private static String addresses(Address[] addresses) {
    return addresses == null
        ? ""
        : Arrays.stream(addresses).map(Address::toString).collect(Collectors.joining(", "));
  }

  private static void send(HttpExchange exchange, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private record Item(Instant at, String to, String content) {}
}
