package nl.burgernet.action.control;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The elements every Atom feed (RFC 4287) of the application writes the same way. */
final class Atom {

  static final String NAMESPACE = "http://www.w3.org/2005/Atom";
  static final String MEDIA_TYPE = "application/atom+xml";

  private Atom() {}

  static void link(XMLStreamWriter xml, String rel, String type, String href)
      throws XMLStreamException {
    xml.writeEmptyElement(NAMESPACE, "link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("type", type);
    xml.writeAttribute("href", href);
  }

  static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
    xml.writeStartElement(NAMESPACE, element);
    xml.writeCharacters(value);
    xml.writeEndElement();
  }
}
