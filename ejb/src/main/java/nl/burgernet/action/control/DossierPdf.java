package nl.burgernet.action.control;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import nl.burgernet.action.boundary.DossierEntryView;
import nl.burgernet.action.boundary.DossierReport;
import nl.burgernet.action.boundary.WebhookDeliveryView;
import nl.burgernet.platform.control.PdfPages;

/**
 * Writes an action's dossier as an A4 PDF for the investigation: the action, whether the hash chain
 * holds, every entry with who and when, and the CAP messages with their deliveries to partner
 * systems.
 */
public final class DossierPdf {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss").withZone(AMSTERDAM);

  private DossierPdf() {}

  public static byte[] write(DossierReport report) {
    return PdfPages.write(
        "Actiedossier Burgernetactie " + report.actionId(), pages -> body(report, pages));
  }

  private static void body(DossierReport report, PdfPages pdf) throws IOException {
    pdf.heading("Actiedossier Burgernetactie " + report.actionId(), 14);
    pdf.gap();
    pdf.line("Scenario: " + report.scenarioName() + " (" + report.kind() + ")");
    pdf.paragraph("Signalement: " + report.description());
    pdf.line("Gestart door " + report.startedBy() + " op " + TIME.format(report.startedAt()));
    pdf.line(
        report.closedAt() == null
            ? "Status: " + report.state()
            : "Afgesloten op " + TIME.format(report.closedAt()) + ", afloop " + report.outcome());
    pdf.boldLine(
        report.verification().intact()
            ? "Hashketen intact: alle "
                + report.verification().entries()
                + " stappen zijn zoals ze zijn vastgelegd."
            : "Hashketen VERBROKEN vanaf stap "
                + report.verification().firstBrokenSequence()
                + ": het dossier is na vastlegging gewijzigd.");
    pdf.gap();
    pdf.heading("Stappen en berichten", 12);
    for (DossierEntryView entry : report.entries()) {
      pdf.gap();
      pdf.boldLine(
          entry.sequence()
              + ". "
              + TIME.format(entry.recordedAt())
              + " "
              + entry.kind()
              + " door "
              + entry.actor());
      for (String part : entry.content().split("\\R")) {
        pdf.paragraph(part);
      }
    }
    pdf.gap();
    pdf.heading("CAP-berichten aan partners", 12);
    for (DossierReport.CapLine message : report.capMessages()) {
      pdf.line(message.msgType() + " " + message.identifier() + " " + TIME.format(message.sent()));
    }
    for (WebhookDeliveryView delivery : report.webhookDeliveries()) {
      pdf.line(
          "Webhook "
              + delivery.endpointId()
              + ": "
              + delivery.capIdentifier()
              + ", "
              + delivery.attempts()
              + " poging(en), "
              + (delivery.deliveredAt() == null
                  ? "niet afgeleverd" + lastError(delivery)
                  : "afgeleverd " + TIME.format(delivery.deliveredAt())));
    }
  }

  private static String lastError(WebhookDeliveryView delivery) {
    return delivery.lastError() == null ? "" : " (" + delivery.lastError() + ")";
  }
}
