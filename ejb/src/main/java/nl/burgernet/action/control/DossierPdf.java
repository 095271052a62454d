package nl.burgernet.action.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import nl.burgernet.action.boundary.DossierEntryView;
import nl.burgernet.action.boundary.DossierReport;
import nl.burgernet.action.boundary.WebhookDeliveryView;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes an action's dossier as an A4 PDF for the investigation: the action, whether the hash chain
 * holds, every entry with who and when, and the CAP messages with their deliveries to partner
 * systems. Text is wrapped to the page and pages are added as needed.
 */
public final class DossierPdf {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss").withZone(AMSTERDAM);
  private static final float MARGIN = 50;
  private static final float SIZE = 10;
  private static final float LEADING = 13;

  private final PDDocument document;
  private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private PDPageContentStream page;
  private float y;

  private DossierPdf(PDDocument document) {
    this.document = document;
  }

  public static byte[] write(DossierReport report) {
    try (PDDocument document = new PDDocument()) {
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle("Actiedossier Burgernetactie " + report.actionId());
      info.setCreator("Burgernet");
      DossierPdf pdf = new DossierPdf(document);
      pdf.newPage();
      pdf.body(report);
      pdf.page.close();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("writing a PDF to memory", e);
    }
  }

  private void body(DossierReport report) throws IOException {
    line(bold, 14, "Actiedossier Burgernetactie " + report.actionId());
    gap();
    line(regular, SIZE, "Scenario: " + report.scenarioName() + " (" + report.kind() + ")");
    paragraph(regular, "Signalement: " + report.description());
    line(
        regular,
        SIZE,
        "Gestart door " + report.startedBy() + " op " + TIME.format(report.startedAt()));
    line(
        regular,
        SIZE,
        report.closedAt() == null
            ? "Status: " + report.state()
            : "Afgesloten op " + TIME.format(report.closedAt()) + ", afloop " + report.outcome());
    line(
        bold,
        SIZE,
        report.verification().intact()
            ? "Hashketen intact: alle "
                + report.verification().entries()
                + " stappen zijn zoals ze zijn vastgelegd."
            : "Hashketen VERBROKEN vanaf stap "
                + report.verification().firstBrokenSequence()
                + ": het dossier is na vastlegging gewijzigd.");
    gap();
    line(bold, 12, "Stappen en berichten");
    for (DossierEntryView entry : report.entries()) {
      gap();
      line(
          bold,
          SIZE,
          entry.sequence()
              + ". "
              + TIME.format(entry.recordedAt())
              + " "
              + entry.kind()
              + " door "
              + entry.actor());
      for (String part : entry.content().split("\\R")) {
        paragraph(regular, part);
      }
    }
    gap();
    line(bold, 12, "CAP-berichten aan partners");
    for (DossierReport.CapLine message : report.capMessages()) {
      line(
          regular,
          SIZE,
          message.msgType() + " " + message.identifier() + " " + TIME.format(message.sent()));
    }
    for (WebhookDeliveryView delivery : report.webhookDeliveries()) {
      line(
          regular,
          SIZE,
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

  private void paragraph(PDType1Font font, String text) throws IOException {
    for (String wrapped : wrap(font, printable(font, text))) {
      line(font, SIZE, wrapped);
    }
  }

  private List<String> wrap(PDType1Font font, String text) throws IOException {
    float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String word : text.split(" ")) {
      String candidate = current.isEmpty() ? word : current + " " + word;
      if (!current.isEmpty() && font.getStringWidth(candidate) / 1000 * SIZE > width) {
        lines.add(current.toString());
        current = new StringBuilder(word);
      } else {
        current = new StringBuilder(candidate);
      }
    }
    lines.add(current.toString());
    return lines;
  }

  private void line(PDType1Font font, float size, String text) throws IOException {
    if (y < MARGIN + LEADING) {
      page.close();
      newPage();
    }
    page.beginText();
    page.setFont(font, size);
    page.newLineAtOffset(MARGIN, y);
    page.showText(printable(font, text));
    page.endText();
    y -= size > SIZE ? LEADING + 4 : LEADING;
  }

  private void gap() {
    y -= LEADING / 2;
  }

  private void newPage() throws IOException {
    PDPage next = new PDPage(PDRectangle.A4);
    document.addPage(next);
    page = new PDPageContentStream(document, next);
    y = PDRectangle.A4.getHeight() - MARGIN;
  }

  /** The standard fonts know WinAnsi only: any other character (an emoji in a tip) becomes "?". */
  private static String printable(PDType1Font font, String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            codePoint -> {
              String character =
                  Character.isISOControl(codePoint) ? " " : Character.toString(codePoint);
              try {
                font.encode(character);
                out.append(character);
              } catch (IOException | IllegalArgumentException e) {
                out.append('?');
              }
            });
    return out.toString();
  }
}
