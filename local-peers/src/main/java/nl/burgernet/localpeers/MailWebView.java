package nl.burgernet.localpeers;

import com.icegreen.greenmail.util.GreenMail;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.util.Arrays;
import java.util.Date;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A tiny web page on 127.0.0.1 that lists the mail GreenMail received, so a person trying the
 * embedded run can open activation links and read notifications without a mail client.
 *
 * <p>Why not GreenMail's own REST API: it only ships inside {@code greenmail-standalone}, an
 * uber-jar that bundles unrelocated copies of Jersey, Jackson, Log4j, an SLF4J binding and Jakarta
 * Mail; on one classpath with Artemis and the tests that gives duplicate classes and two logging
 * back-ends. The JDK's HTTP server needs no dependency. For scripts that purge mail in long runs,
 * {@code POST /api/mail/purge} and {@code GET /api/service/readiness} use GreenMail's paths.
 */
final class MailWebView {

  private static final Logger LOG = Logger.getLogger(MailWebView.class.getName());
  private static final Pattern MESSAGE_PATH = Pattern.compile("/messages/(\\d+)(/source)?");

  private final GreenMail greenMail;
  private final HttpServer server;

  private MailWebView(GreenMail greenMail, HttpServer server) {
    this.greenMail = greenMail;
    this.server = server;
  }

  static MailWebView start(GreenMail greenMail, int port) {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("mail web page cannot listen on port " + port, e);
    }
    MailWebView view = new MailWebView(greenMail, server);
    server.createContext("/", view::handle);
    server.start();
    return view;
  }

  String url() {
    return "http://localhost:" + server.getAddress().getPort() + "/";
  }

  void stop() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      String path = exchange.getRequestURI().getPath();
      String method = exchange.getRequestMethod();
      Matcher message = MESSAGE_PATH.matcher(path);
      if ("GET".equals(method) && "/".equals(path)) {
        send(exchange, 200, "text/html", inboxPage());
      } else if ("GET".equals(method) && message.matches()) {
        showMessage(exchange, Integer.parseInt(message.group(1)), message.group(2) != null);
      } else if ("POST".equals(method) && "/purge".equals(path)) {
        greenMail.purgeEmailFromAllMailboxes();
        exchange.getResponseHeaders().set("Location", "/");
        send(exchange, 303, "text/plain", "purged");
      } else if ("POST".equals(method) && "/api/mail/purge".equals(path)) {
        greenMail.purgeEmailFromAllMailboxes();
        send(exchange, 200, "application/json", "{\"message\":\"Purged mails\"}");
      } else if ("GET".equals(method) && "/api/service/readiness".equals(path)) {
        send(exchange, 200, "application/json", "{\"message\":\"Service running\"}");
      } else {
        send(exchange, 404, "text/plain", "not found");
      }
    } catch (Exception e) {
      // the exception text may quote message content, so it stays out of the log
      LOG.log(Level.WARNING, "mail web page failed: {0}", e.getClass().getName());
      send(exchange, 500, "text/plain", "could not show the mail");
    } finally {
      exchange.close();
    }
  }

  private String inboxPage() throws MessagingException {
    MimeMessage[] messages = greenMail.getReceivedMessages();
    StringBuilder rows = new StringBuilder();
    SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss");
    for (int i = messages.length - 1; i >= 0; i--) {
      MimeMessage m = messages[i];
      Date date = Optional.ofNullable(m.getReceivedDate()).orElse(m.getSentDate());
      rows.append("<tr><td>")
          .append(date == null ? "" : format.format(date))
          .append("</td><td>")
          .append(escape(addresses(m.getRecipients(Message.RecipientType.TO))))
          .append("</td><td><a href=\"/messages/")
          .append(i)
          .append("\">")
          .append(escape(Optional.ofNullable(m.getSubject()).orElse("(no subject)")))
          .append("</a></td><td><a href=\"/messages/")
          .append(i)
          .append("/source\">source</a></td></tr>\n");
    }
    return """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Burgernet local mail</title>
        <style>body{font-family:sans-serif;margin:2em}td,th{padding:.3em .8em;text-align:left}
        tr:nth-child(even){background:#f3f3f3}</style></head><body>
        <h1>Mail received by the local mail server</h1>
        <p>%d message(s), newest first. IMAP: log in with the recipient address and any password.
        <form method="post" action="/purge"><button>Delete all</button></form></p>
        <table><tr><th>Received</th><th>To</th><th>Subject</th><th></th></tr>
        %s</table></body></html>
        """
        .formatted(messages.length, rows);
  }

  private void showMessage(HttpExchange exchange, int index, boolean source)
      throws IOException, MessagingException {
    MimeMessage[] messages = greenMail.getReceivedMessages();
    if (index >= messages.length) {
      send(exchange, 404, "text/plain", "no such message (purged?)");
      return;
    }
    MimeMessage message = messages[index];
    if (source) {
      ByteArrayOutputStream raw = new ByteArrayOutputStream();
      message.writeTo(raw);
      send(exchange, 200, "text/plain", raw.toString(StandardCharsets.UTF_8));
      return;
    }
    Optional<Part> html = findPart(message, "text/html");
    if (html.isPresent()) {
      send(exchange, 200, "text/html", (String) html.get().getContent());
      return;
    }
    String text = findPart(message, "text/plain").map(MailWebView::content).orElse("");
    send(exchange, 200, "text/html", "<pre>" + escape(text) + "</pre>");
  }

  /** Finds the first part of the given type, descending into multiparts. */
  private static Optional<Part> findPart(Part part, String mimeType)
      throws MessagingException, IOException {
    if (part.isMimeType(mimeType)) {
      return Optional.of(part);
    }
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        Optional<Part> found = findPart(child, mimeType);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private static String content(Part part) {
    try {
      return String.valueOf(part.getContent());
    } catch (IOException | MessagingException e) {
      throw new IllegalStateException("unreadable mail part", e);
    }
  }

  private static String addresses(Address[] addresses) {
    return addresses == null
        ? ""
        : Arrays.stream(addresses).map(Address::toString).collect(Collectors.joining(", "));
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
