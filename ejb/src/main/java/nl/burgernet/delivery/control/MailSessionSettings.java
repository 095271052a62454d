package nl.burgernet.delivery.control;

import java.util.Properties;

/**
 * The Jakarta Mail settings that every session with a mail server starts from (the SMTP relay, the
 * bounce mailbox): a server that hangs must fail the work at hand, so that it is tried again at the
 * next attempt or run, rather than hold a thread forever.
 */
final class MailSessionSettings {

  private MailSessionSettings() {}

  /** Settings for the protocol ({@code smtp}, {@code imap}, {@code imaps}) with time limits. */
  static Properties withTimeouts(String protocol) {
    Properties settings = new Properties();
    settings.put("mail." + protocol + ".connectiontimeout", "10000");
    settings.put("mail." + protocol + ".timeout", "30000");
    return settings;
  }
}
