package nl.burgernet.action.control;

import java.io.StringWriter;
import java.time.Instant;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.burgernet.action.entity.CapTime;

/** The Atom feeds (RFC 4287) of the application: the same frame, each with its own entries. */
final class Atom {

  static final String NAMESPACE = "http://www.w3.org/2005/Atom";
  static final String MEDIA_TYPE = "application/atom+xml";

  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  /** Writes the feed's entries. */
  @FunctionalInterface
  interface Entries {
    void write(XMLStreamWriter xml) throws XMLStreamException;
  }

  private Atom() {}

  /**
   * @param self the feed's own address, also its id
   * @param updated when its newest entry changed
   */
  static String feed(String self, String title, Instant updated, Entries entries) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.setDefaultNamespace(NAMESPACE);
      xml.writeStartElement(NAMESPACE, "feed");
      xml.writeDefaultNamespace(NAMESPACE);
      text(xml, "id", self);
      text(xml, "title", title);
      text(xml, "updated", CapTime.format(updated));
      xml.writeStartElement(NAMESPACE, "author");
      text(xml, "name", "Burgernet");
      xml.writeEndElement();
      link(xml, "self", MEDIA_TYPE, self);
      entries.write(xml);
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing to a string does not fail", e);
    }
    return out.toString();
  }

  static void link(XMLStreamWriter xml, String rel, String type, String href)
      throws XMLStreamException {
    xml.writeEmptyElement(NAMESPACE, "link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("type", type);
    xml.writeAttribute("href", href);
  }

  static void category(XMLStreamWriter xml, String scheme, String term) throws XMLStreamException {
    xml.writeEmptyElement(NAMESPACE, "category");
    xml.writeAttribute("scheme", scheme);
    xml.writeAttribute("term", term);
  }

  static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
    xml.writeStartElement(NAMESPACE, element);
    xml.writeCharacters(value);
    xml.writeEndElement();
  }
}
