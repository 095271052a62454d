package nl.burgernet.web.participant;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.burgernet.participant.entity.ImportReportLine;

/**
 * The words of an import report: the outcome and the reason of each line from the portal's bundle
 * (the Bean Validation messages of the registration rules come from the service's own bundle, so
 * page, API and report say the same), and the report as CSV with semicolons for Dutch spreadsheets.
 */
public final class ImportReportText {

  private static final String HEADER = "rij;uitkomst;kolom;reden;deelnemer";

  private final ResourceBundle portal;
  private final ResourceBundle validation;
  private final Locale locale;

  public ImportReportText(ResourceBundle portal, Locale locale) {
    this.portal = portal;
    this.locale = locale;
    this.validation = ResourceBundle.getBundle("ValidationMessages", locale);
  }

  public static ImportReportText dutch() {
    Locale dutch = Locale.forLanguageTag("nl");
    return new ImportReportText(
        ResourceBundle.getBundle("nl.burgernet.web.messages", dutch), dutch);
  }

  public String outcome(ImportReportLine line) {
    return portal.getString("import.outcome." + line.getOutcome().name());
  }

  /** The reason in words, with the column it is about, or empty for a plainly imported row. */
  public String reason(ImportReportLine line) {
    if (line.getReasonKey().isEmpty()) {
      return "";
    }
    String key = line.getReasonKey().get();
    String pattern = lookUp(key);
    // as Messages.text: a text without argument is taken as it is (apostrophes and all)
    String text =
        line.getReasonArgument()
            .map(argument -> new MessageFormat(pattern, locale).format(new Object[] {argument}))
            .orElse(pattern);
    return line.getField().map(field -> field + ": " + text).orElse(text);
  }

  private String lookUp(String key) {
    try {
      return portal.getString(key);
    } catch (MissingResourceException notInPortal) {
      try {
        return validation.getString(key);
      } catch (MissingResourceException notInValidation) {
        return key;
      }
    }
  }

  public String csv(List<ImportReportLine> lines) {
    return Stream.concat(Stream.of(HEADER), lines.stream().map(this::row))
        .collect(Collectors.joining("\r\n", "", "\r\n"));
  }

  private String row(ImportReportLine line) {
    return String.join(
        ";",
        String.valueOf(line.getRowNumber()),
        quoted(outcome(line)),
        line.getField().orElse(""),
        quoted(line.getReasonKey().isPresent() ? reasonWithoutField(line) : ""),
        line.getParticipantId().map(String::valueOf).orElse(""));
  }

  private String reasonWithoutField(ImportReportLine line) {
    String reason = reason(line);
    return line.getField().map(field -> reason.substring(field.length() + 2)).orElse(reason);
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }
}
