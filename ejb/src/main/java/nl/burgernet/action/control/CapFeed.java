package nl.burgernet.action.control;

import java.time.Instant;
import java.util.List;
import nl.burgernet.action.entity.CapMessage;
import nl.burgernet.action.entity.CapTime;

/**
 * The CAP messages as an Atom feed (RFC 4287), newest first, one entry per message with a link to
 * its CAP document, in the form CAP aggregators read (OASIS "CAP feeds" note). Each entry names its
 * CAP status as a category, so an aggregator can leave exercises and tests out without fetching
 * every document.
 */
public final class CapFeed {

  public static final String ATOM = Atom.NAMESPACE;
  public static final String MEDIA_TYPE = Atom.MEDIA_TYPE;

  /** The scheme of the entries' category that carries the CAP status. */
  public static final String STATUS_SCHEME = CapDocument.NAMESPACE + "#status";

  /** Where one message's CAP document is found. */
  public interface Links {
    String feed();

    String documentOf(CapMessage message);
  }

  private CapFeed() {}

  /**
   * @param messages newest first
   */
  public static String write(List<CapMessage> messages, Instant now, Links links) {
    return Atom.feed(
        links.feed(),
        "Burgernetacties (CAP)",
        messages.isEmpty() ? now : messages.get(0).sent(),
        xml -> {
          for (CapMessage message : messages) {
            xml.writeStartElement(ATOM, "entry");
            Atom.text(
                xml, "id", "urn:burgernet:cap:" + message.sender() + ":" + message.identifier());
            Atom.text(xml, "title", message.headline());
            Atom.text(xml, "updated", CapTime.format(message.sent()));
            Atom.text(xml, "summary", message.msgType() + ": " + message.description());
            Atom.category(xml, STATUS_SCHEME, message.status().capValue());
            Atom.link(xml, "alternate", CapDocument.MEDIA_TYPE, links.documentOf(message));
            xml.writeEndElement();
          }
        });
  }
}
