package nl.burgernet.action.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.burgernet.action.boundary.DossierEntryView;
import nl.burgernet.action.boundary.DossierReport;
import nl.burgernet.action.boundary.DossierVerification;
import nl.burgernet.action.entity.ActionKind;
import nl.burgernet.action.entity.ActionState;
import nl.burgernet.action.entity.CapMessage.MessageType;
import nl.burgernet.action.entity.DossierEntryKind;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class DossierPdfTest {

  private static final Instant STARTED = Instant.parse("2026-11-22T19:30:00Z");

  @Test
  void every_step_is_in_the_pdf_with_who_when_and_the_chain_state() throws Exception {
    String text =
        textOf(
            report(
                List.of(
                    entry(1, DossierEntryKind.STARTED, "Actie gestart met scenario Overval"),
                    entry(2, DossierEntryKind.TIP_RECEIVED, "Tip via SMS: scooter gezien 🛵")),
                new DossierVerification(2, null)));

    assertThat(text)
        .contains("Actiedossier Burgernetactie 42")
        .contains("Hashketen intact")
        .contains("1. 22-11-2026 20:30:00 STARTED door meldkamer")
        .contains("Actie gestart met scenario Overval")
        .contains("Tip via SMS: scooter gezien ?")
        .contains("Alert burgernet-actie-42-ronde-1");
  }

  @Test
  void a_broken_chain_is_named_and_long_dossiers_run_over_several_pages() throws Exception {
    List<DossierEntryView> entries = new ArrayList<>();
    for (int i = 1; i <= 60; i++) {
      entries.add(entry(i, DossierEntryKind.TIP_RECEIVED, "Tip " + i + " " + "lang ".repeat(40)));
    }
    byte[] pdf = DossierPdf.write(report(entries, new DossierVerification(60, 7)));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isGreaterThan(2);
      assertThat(new PDFTextStripper().getText(document))
          .contains("Hashketen VERBROKEN vanaf stap 7")
          .contains("Tip 60");
    }
  }

  private static String textOf(DossierReport report) throws Exception {
    try (PDDocument document = Loader.loadPDF(DossierPdf.write(report))) {
      return new PDFTextStripper().getText(document);
    }
  }

  private static DossierEntryView entry(int sequence, DossierEntryKind kind, String content) {
    return new DossierEntryView(
        sequence, STARTED.plusSeconds(sequence - 1), "meldkamer", kind, content);
  }

  private static DossierReport report(
      List<DossierEntryView> entries, DossierVerification verification) {
    return new DossierReport(
        42,
        "Overval",
        ActionKind.ROBBERY,
        "Man met rode jas",
        ActionState.OPEN,
        "meldkamer",
        STARTED,
        null,
        null,
        entries,
        verification,
        List.of(
            new DossierReport.CapLine("burgernet-actie-42-ronde-1", MessageType.Alert, STARTED)),
        List.of());
  }
}
