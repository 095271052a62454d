package nl.burgernet.action.control;

import java.time.Instant;
import java.util.List;
import java.util.function.LongFunction;
import nl.burgernet.action.boundary.PublishedReport;
import nl.burgernet.action.entity.CapTime;

/**
 * The published action reports as an Atom feed (RFC 4287), newest first, each entry with the
 * report's text and a link to its public page.
 */
public final class ActionReportFeed {

  public static final String MEDIA_TYPE = Atom.MEDIA_TYPE;

  private ActionReportFeed() {}

  /**
   * @param reports newest first
   * @param feed the feed's own address, also its id
   * @param pageOf the public page of a report by its id
   */
  public static String write(
      List<PublishedReport> reports, Instant now, String feed, LongFunction<String> pageOf) {
    return Atom.feed(
        feed,
        "Burgernet actieverslagen",
        reports.isEmpty() ? now : reports.get(0).publishedAt(),
        xml -> {
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
        });
  }
}
