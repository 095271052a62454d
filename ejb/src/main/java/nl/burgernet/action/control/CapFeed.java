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

  public static final String ATOM = "http://www.w3.org/2005/Atom";
  public static final String MEDIA_TYPE = "application/atom+xml";

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
      text(xml, "id", links.feed());
      text(xml, "title", "Burgernetacties (CAP)");
      text(xml, "updated", CapTime.format(messages.isEmpty() ? now : messages.get(0).sent()));
      xml.writeStartElement(ATOM, "author");
      text(xml, "name", "Burgernet");
      xml.writeEndElement();
      link(xml, "self", MEDIA_TYPE, links.feed());
      for (CapMessage message : messages) {
        xml.writeStartElement(ATOM, "entry");
        text(xml, "id", "urn:burgernet:cap:" + message.sender() + ":" + message.identifier());
        text(xml, "title", message.headline());
        text(xml, "updated", CapTime.format(message.sent()));
        text(xml, "summary", message.msgType() + ": " + message.description());
        link(xml, "alternate", CapDocument.MEDIA_TYPE, links.documentOf(message));
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

  private static void link(XMLStreamWriter xml, String rel, String type, String href)
      throws XMLStreamException {
    xml.writeEmptyElement(ATOM, "link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("type", type);
    xml.writeAttribute("href", href);
  }

  private static void text(XMLStreamWriter xml, String element, String value)
      throws XMLStreamException {
    xml.writeStartElement(ATOM, element);
    xml.writeCharacters(value);
    xml.writeEndElement();
  }
}
