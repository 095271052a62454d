package nl.burgernet.web.report;

import java.io.IOException;
import java.io.OutputStream;
import java.text.MessageFormat;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import nl.burgernet.helpdesk.boundary.MonthFigures;
import nl.burgernet.helpdesk.entity.ComplaintCategory;
import nl.burgernet.report.boundary.ActionReport;
import nl.burgernet.report.boundary.HelpdeskReport;
import nl.burgernet.report.boundary.MailReport;
import nl.burgernet.report.boundary.MarapReport;
import nl.burgernet.report.boundary.ParticipantBase;
import nl.burgernet.report.boundary.PostcodeCoverage;
import nl.burgernet.report.entity.ActionTally;
import nl.burgernet.web.faces.Formats;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The management report as an Excel workbook with a sheet per MARAP page (participants, the
 * Burgernetkaart's postcode areas, actions, Burgernetmail, helpdesk and complaints): the same
 * figures as the pages, as numbers a spreadsheet can calculate with.
 */
final class MarapWorkbook {

  private final ResourceBundle texts;
  private final Function<YearMonth, String> monthName;

  MarapWorkbook(ResourceBundle texts, Function<YearMonth, String> monthName) {
    this.texts = texts;
    this.monthName = monthName;
  }

  void write(MarapReport report, OutputStream out) throws IOException {
    Workbook workbook = new Workbook(out, "Burgernet", "1.0");
    participants(workbook.newWorksheet(text("marap.base.title")), report);
    coverage(workbook.newWorksheet(text("marap.map.title")), report.coverage());
    actions(workbook.newWorksheet(text("marap.actions.actions")), report);
    mails(workbook.newWorksheet(text("menu.burgernetmail")), report);
    helpdesk(workbook.newWorksheet(text("marap.helpdesk.title")), report);
    workbook.finish();
  }

  private void participants(Worksheet sheet, MarapReport report) {
    ParticipantBase base = report.participants();
    Rows rows = new Rows(sheet);
    rows.title(title(base.region().name(), base.municipality(), report));
    rows.header(
        text("marap.municipality"),
        text("municipality.inhabitants"),
        text("marap.base.participants"),
        text("marap.base.percentOfInhabitants"),
        text("marap.base.perThousandHouseholds"),
        text("marap.base.assessment"));
    for (ParticipantBase.MunicipalityLine line : base.municipalities()) {
      rows.row(
          line.municipality().name(),
          line.coverage().inhabitants(),
          line.coverage().participants(),
          line.coverage().percentOfInhabitants(),
          line.coverage().perThousandHouseholds(),
          line.recruitmentFocus()
              ? text("marap.base.focus")
              : line.meetsTarget() ? text("marap.base.met") : "");
    }
    rows.row(
        text("finance.total"),
        base.coverage().inhabitants(),
        base.coverage().participants(),
        base.coverage().percentOfInhabitants(),
        base.coverage().perThousandHouseholds(),
        "");
    rows.gap();
    rows.header(
        text("marap.month"),
        text("marap.base.new"),
        text("marap.base.unsubscribed"),
        text("marap.base.net"));
    for (ParticipantBase.MonthLine month : base.months()) {
      rows.row(
          monthName.apply(month.month()),
          month.newParticipants(),
          month.unsubscriptions(),
          month.netGrowth());
    }
  }

  /** Every postcode area with its figures, flagged ones marked, as on the Burgernetkaart. */
  private void coverage(Worksheet sheet, PostcodeCoverage coverage) {
    Rows rows = new Rows(sheet);
    rows.title(
        coverage.municipality().orElse(coverage.region()).name() + ", " + text("marap.map.title"));
    rows.row(
        new MessageFormat(text("marap.map.threshold"), Formats.DUTCH)
            .format(
                new Object[] {
                  coverage.thresholdPercent(), coverage.flagged().size(), coverage.areas().size()
                }));
    rows.gap();
    rows.header(
        text("marap.map.postcode"),
        text("marap.municipality"),
        text("municipality.inhabitants"),
        text("marap.map.households"),
        text("marap.base.participants"),
        text("marap.map.perThousandInhabitants"),
        text("marap.map.perHundredHouseholds"),
        text("marap.base.assessment"));
    for (PostcodeCoverage.AreaLine area : coverage.areas()) {
      rows.row(
          area.postcode(),
          area.municipality().name(),
          area.coverage().inhabitants(),
          area.coverage().households(),
          area.coverage().participants(),
          area.coverage().perThousandInhabitants(),
          area.coverage().perHundredHouseholds(),
          text("marap.map.level." + area.level()));
    }
  }

  private void actions(Worksheet sheet, MarapReport report) {
    ActionReport actions = report.actions();
    Rows rows = new Rows(sheet);
    rows.title(title(actions.region().name(), actions.municipality(), report));
    actionHeader(rows, text("marap.month"));
    for (ActionReport.Month month : actions.months()) {
      actionRow(rows, monthName.apply(month.month()), month.tally());
    }
    actionRow(rows, text("finance.total"), actions.total());
    rows.gap();
    actionHeader(rows, text("marap.actions.kind"));
    for (ActionReport.Kind kind : actions.kinds()) {
      actionRow(rows, text("marap.kind." + kind.kind()), kind.tally());
    }
  }

  private void actionHeader(Rows rows, String first) {
    rows.header(
        first,
        text("marap.actions.actions"),
        text("marap.actions.open"),
        text("marap.actions.hardPercent") + " %",
        text("marap.actions.softPercent") + " %",
        text("marap.actions.societalPercent") + " %",
        text("marap.actions.recipients"),
        text("marap.actions.tips"),
        text("marap.actions.firstMessage") + " (s)");
  }

  private static void actionRow(Rows rows, String name, ActionTally tally) {
    rows.row(
        name,
        tally.actions(),
        tally.stillOpen(),
        tally.rates().hardPercent(),
        tally.rates().softPercent(),
        tally.rates().societalPercent(),
        tally.recipients(),
        tally.tips(),
        tally.averageSecondsToFirstMessage().isPresent()
            ? tally.averageSecondsToFirstMessage().getAsDouble()
            : "");
  }

  private void mails(Worksheet sheet, MarapReport report) {
    MailReport mails = report.mails();
    Rows rows = new Rows(sheet);
    rows.title(title(mails.region().name(), mails.municipality(), report));
    rows.header(
        text("marap.municipality"),
        text("marap.mails.mails"),
        text("marap.mails.recipients"),
        text("marap.mails.undelivered"),
        text("marap.mails.ambassador"),
        text("marap.base.assessment"));
    for (MailReport.Line line : mails.municipalities()) {
      rows.row(
          line.municipality().name(),
          line.mails(),
          line.recipients(),
          line.undelivered(),
          text(line.hasAmbassador() ? "marap.yes" : "marap.no"),
          line.ambassadorWithoutMail()
              ? text("marap.mails.silent")
              : text(line.meetsTarget() ? "marap.base.met" : "marap.mails.belowTarget"));
    }
  }

  private void helpdesk(Worksheet sheet, MarapReport report) {
    HelpdeskReport helpdesk = report.helpdesk();
    Rows rows = new Rows(sheet);
    rows.title(title(helpdesk.region().name(), helpdesk.municipality(), report));
    rows.header(
        text("marap.month"),
        text("trend.firstLine"),
        text("trend.secondLine"),
        text("marap.helpdesk.escalated"),
        text("marap.helpdesk.answered"),
        text("trend.answeredInTime"),
        text("marap.helpdesk.hours"),
        text("marap.helpdesk.overdueFirstLine"),
        text("marap.helpdesk.overdueSecondLine"));
    for (MonthFigures month : helpdesk.months()) {
      rows.row(
          monthName.apply(month.month()),
          month.firstLine(),
          month.secondLine(),
          month.escalated(),
          month.answered(),
          month.answeredInTime(),
          month.averageHoursToAnswer(),
          month.overdueFirstLine(),
          month.overdueSecondLine());
    }
    rows.gap();
    List<String> header = new ArrayList<>(List.of(text("trend.category")));
    helpdesk.months().forEach(month -> header.add(monthName.apply(month.month())));
    header.add(text("finance.total"));
    rows.header(header.toArray(String[]::new));
    for (ComplaintCategory category : ComplaintCategory.values()) {
      List<Object> row = new ArrayList<>(List.of(text("helpdesk.ComplaintCategory." + category)));
      helpdesk.months().forEach(month -> row.add(month.complaintsOf(category)));
      row.add(helpdesk.complaintsOf(category));
      rows.row(row.toArray());
    }
  }

  private String title(
      String region, Optional<ParticipantBase.Area> municipality, MarapReport report) {
    return municipality.map(ParticipantBase.Area::name).orElse(region)
        + ", "
        + monthName.apply(report.period().from())
        + " – "
        + monthName.apply(report.period().to());
  }

  private String text(String key) {
    return texts.getString(key);
  }

  /** Writes rows one below the other; numbers stay numbers. */
  private static final class Rows {

    private final Worksheet sheet;
    private int row;

    Rows(Worksheet sheet) {
      this.sheet = sheet;
    }

    void title(String title) {
      sheet.value(row, 0, title);
      sheet.style(row, 0).bold().fontSize(14).set();
      row += 2;
    }

    void header(String... names) {
      for (int column = 0; column < names.length; column++) {
        sheet.value(row, column, names[column]);
        sheet.style(row, column).bold().set();
      }
      row++;
    }

    void row(Object... values) {
      for (int column = 0; column < values.length; column++) {
        Object value = values[column];
        if (value instanceof Number number) {
          sheet.value(row, column, number);
        } else {
          sheet.value(row, column, String.valueOf(value));
        }
      }
      row++;
    }

    void gap() {
      row++;
    }
  }
}
