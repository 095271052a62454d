package nl.burgernet.action.control;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.function.LongFunction;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.burgernet.action.boundary.PublishedReport;
import nl.burgernet.action.entity.CapTime;

/**
 * The published action reports as an Atom feed (RFC 4287), newest first, each entry with the
 * report's text and a link to its public page.
 */
public final class ActionReportFeed {

  public static final String MEDIA_TYPE = Atom.MEDIA_TYPE;

  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  private ActionReportFeed() {}

  /**
   * @param reports newest first
   * @param feed the feed's own address, also its id
   * @param pageOf the public page of a report by its id
   */
  public static String write(
      List<PublishedReport> reports, Instant now, String feed, LongFunction<String> pageOf) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.setDefaultNamespace(Atom.NAMESPACE);
      xml.writeStartElement(Atom.NAMESPACE, "feed");
      xml.writeDefaultNamespace(Atom.NAMESPACE);
      xml.writeAttribute("xml:lang", "nl");
      Atom.text(xml, "id", feed);
      Atom.text(xml, "title", "Burgernet actieverslagen");
      Atom.text(
          xml, "updated", CapTime.format(reports.isEmpty() ? now : reports.get(0).publishedAt()));
      xml.writeStartElement(Atom.NAMESPACE, "author");
      Atom.text(xml, "name", "Burgernet");
      xml.writeEndElement();
      Atom.link(xml, "self", MEDIA_TYPE, feed);
      for (PublishedReport report : reports) {
        xml.writeStartElement(Atom.NAMESPACE, "entry");
        Atom.text(xml, "id", "urn:burgernet:actieverslag:" + report.id());
        Atom.text(xml, "title", report.title());
        Atom.text(xml, "published", CapTime.format(report.publishedAt()));
        Atom.text(xml, "updated", CapTime.format(report.publishedAt()));
        xml.writeEmptyElement(Atom.NAMESPACE, "category");
        xml.writeAttribute("term", report.regionName());
        Atom.text(xml, "summary", report.body());
        Atom.link(xml, "alternate", "text/html", pageOf.apply(report.id()));
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
