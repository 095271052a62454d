package nl.burgernet.platform.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes simple A4 documents top to bottom (the action dossier, the management report): headings,
 * lines, wrapped paragraphs and table rows, with pages added as the text needs them. The standard
 * fonts need no font files in the application.
 */
public final class PdfPages {

  /** What goes into the document, written through the pages. */
  @FunctionalInterface
  public interface Content {
    void writeOn(PdfPages pages) throws IOException;
  }

  private static final float MARGIN = 50;
  private static final float SIZE = 10;
  private static final float LEADING = 13;

  private final PDDocument document;
  private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private PDPageContentStream page;
  private float y;

  private PdfPages(PDDocument document) {
    this.document = document;
  }

  /** The document's bytes; {@code title} goes into its properties. */
  public static byte[] write(String title, Content content) {
    try (PDDocument document = new PDDocument()) {
      document.getDocumentInformation().setTitle(title);
      document.getDocumentInformation().setCreator("Burgernet");
      PdfPages pages = new PdfPages(document);
      pages.newPage();
      content.writeOn(pages);
      pages.page.close();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("writing a PDF to memory", e);
    }
  }

  /** A heading in bold, e.g. 14 points for the title and 12 for a section. */
  public void heading(String text, float size) throws IOException {
    write(bold, size, text, MARGIN);
  }

  public void line(String text) throws IOException {
    write(regular, SIZE, text, MARGIN);
  }

  public void boldLine(String text) throws IOException {
    write(bold, SIZE, text, MARGIN);
  }

  /** Text wrapped to the width of the page. */
  public void paragraph(String text) throws IOException {
    for (String wrapped : wrap(printable(regular, text))) {
      line(wrapped);
    }
  }

  /**
   * One row of a table: each cell starts at its column's offset from the left margin (points).
   *
   * @param header whether the row is the table's heading (bold)
   */
  public void row(float[] columns, boolean header, String... cells) throws IOException {
    PDType1Font font = header ? bold : regular;
    breakPageIfFull();
    for (int i = 0; i < cells.length; i++) {
      page.beginText();
      page.setFont(font, SIZE);
      page.newLineAtOffset(MARGIN + columns[i], y);
      page.showText(printable(font, cells[i]));
      page.endText();
    }
    y -= LEADING;
  }

  public void gap() {
    y -= LEADING / 2;
  }

  private void write(PDType1Font font, float size, String text, float x) throws IOException {
    breakPageIfFull();
    page.beginText();
    page.setFont(font, size);
    page.newLineAtOffset(x, y);
    page.showText(printable(font, text));
    page.endText();
    y -= size > SIZE ? LEADING + 4 : LEADING;
  }

  private void breakPageIfFull() throws IOException {
    if (y < MARGIN + LEADING) {
      page.close();
      newPage();
    }
  }

  private List<String> wrap(String text) throws IOException {
    float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String word : text.split(" ")) {
      String candidate = current.isEmpty() ? word : current + " " + word;
      if (!current.isEmpty() && regular.getStringWidth(candidate) / 1000 * SIZE > width) {
        lines.add(current.toString());
        current = new StringBuilder(word);
      } else {
        current = new StringBuilder(candidate);
      }
    }
    lines.add(current.toString());
    return lines;
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
