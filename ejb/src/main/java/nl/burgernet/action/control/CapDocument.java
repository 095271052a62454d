package nl.burgernet.action.control;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.burgernet.action.entity.CapArea;
import nl.burgernet.action.entity.CapMessage;
import nl.burgernet.action.entity.CapTime;

/**
 * Writes a CAP message as an OASIS CAP 1.2 document. StAX escapes every text, so a description with
 * {@code <} or {@code &} stays text; elements follow the schema's order.
 */
public final class CapDocument {

  public static final String NAMESPACE = "urn:oasis:names:tc:emergency:cap:1.2";
  public static final String MEDIA_TYPE = "application/cap+xml";

  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  private CapDocument() {}

  public static String write(CapMessage message) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      writeAlert(xml, message);
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing to a string does not fail", e);
    }
    return out.toString();
  }

  /** Writes the {@code <alert>} element, also as part of a larger document (the Atom feed). */
  static void writeAlert(XMLStreamWriter xml, CapMessage message) throws XMLStreamException {
    xml.setDefaultNamespace(NAMESPACE);
    xml.writeStartElement(NAMESPACE, "alert");
    xml.writeDefaultNamespace(NAMESPACE);
    text(xml, "identifier", message.identifier());
    text(xml, "sender", message.sender());
    text(xml, "sent", CapTime.format(message.sent()));
    text(xml, "status", message.status().capValue());
    text(xml, "msgType", message.msgType().name());
    text(xml, "source", "Burgernet");
    text(xml, "scope", "Public");
    if (!message.references().isEmpty()) {
      text(xml, "references", String.join(" ", message.references()));
    }
    text(xml, "incidents", "burgernet-actie-" + message.actionId());
    writeInfo(xml, message);
    xml.writeEndElement();
  }

  private static void writeInfo(XMLStreamWriter xml, CapMessage message) throws XMLStreamException {
    xml.writeStartElement(NAMESPACE, "info");
    text(xml, "language", "nl-NL");
    text(xml, "category", message.profile().category());
    text(xml, "event", message.event());
    text(xml, "responseType", message.profile().responseType());
    text(xml, "urgency", message.profile().urgency());
    text(xml, "severity", message.profile().severity());
    text(xml, "certainty", message.profile().certainty());
    text(xml, "senderName", "Burgernet");
    text(xml, "headline", message.headline());
    text(xml, "description", message.description());
    text(xml, "instruction", message.instruction());
    text(xml, "contact", message.contact());
    writeArea(xml, message.area());
    xml.writeEndElement();
  }

  private static void writeArea(XMLStreamWriter xml, CapArea area) throws XMLStreamException {
    xml.writeStartElement(NAMESPACE, "area");
    text(xml, "areaDesc", area.description());
    if (area.polygon() != null) {
      text(xml, "polygon", area.polygon());
    }
    if (area.circle() != null) {
      text(xml, "circle", area.circle());
    }
    for (Map.Entry<String, List<String>> geocode : area.geocodes().entrySet()) {
      for (String value : geocode.getValue()) {
        xml.writeStartElement(NAMESPACE, "geocode");
        text(xml, "valueName", geocode.getKey());
        text(xml, "value", value);
        xml.writeEndElement();
      }
    }
    xml.writeEndElement();
  }

  private static void text(XMLStreamWriter xml, String element, String value)
      throws XMLStreamException {
    xml.writeStartElement(NAMESPACE, element);
    xml.writeCharacters(value);
    xml.writeEndElement();
  }
}
