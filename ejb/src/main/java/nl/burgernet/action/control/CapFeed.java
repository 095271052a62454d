package nl.burgernet.action.control;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.burgernet.action.entity.CapMessage;
import nl.burgernet.action.entity.CapTime;

/**
 * The CAP messages as an Atom feed (RFC 4287), newest first, one entry per message with a link to
 * its CAP document, in the form CAP aggregators read (OASIS "CAP feeds" note).
 */
public final class CapFeed {

  public static final String ATOM = Atom.NAMESPACE;
  public static final String MEDIA_TYPE = Atom.MEDIA_TYPE;

  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

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
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.setDefaultNamespace(ATOM);
      xml.writeStartElement(ATOM, "feed");
      xml.writeDefaultNamespace(ATOM);
      Atom.text(xml, "id", links.feed());
      Atom.text(xml, "title", "Burgernetacties (CAP)");
      Atom.text(xml, "updated", CapTime.format(messages.isEmpty() ? now : messages.get(0).sent()));
      xml.writeStartElement(ATOM, "author");
      Atom.text(xml, "name", "Burgernet");
      xml.writeEndElement();
      Atom.link(xml, "self", MEDIA_TYPE, links.feed());
      for (CapMessage message : messages) {
        xml.writeStartElement(ATOM, "entry");
        Atom.text(xml, "id", "urn:burgernet:cap:" + message.sender() + ":" + message.identifier());
        Atom.text(xml, "title", message.headline());
        Atom.text(xml, "updated", CapTime.format(message.sent()));
        Atom.text(xml, "summary", message.msgType() + ": " + message.description());
        Atom.link(xml, "alternate", CapDocument.MEDIA_TYPE, links.documentOf(message));
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing to a string does not fail", e);
    }
    return out.toString();
  }
}
