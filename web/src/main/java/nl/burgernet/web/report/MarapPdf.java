package nl.burgernet.web.report;

import java.io.IOException;
import java.text.MessageFormat;
import java.time.YearMonth;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;
import nl.burgernet.helpdesk.boundary.MonthFigures;
import nl.burgernet.helpdesk.entity.ComplaintCategory;
import nl.burgernet.platform.control.PdfPages;
import nl.burgernet.report.boundary.ActionReport;
import nl.burgernet.report.boundary.HelpdeskReport;
import nl.burgernet.report.boundary.MailReport;
import nl.burgernet.report.boundary.MarapReport;
import nl.burgernet.report.boundary.ParticipantBase;
import nl.burgernet.report.boundary.PostcodeCoverage;
import nl.burgernet.report.entity.ActionTally;
import nl.burgernet.web.faces.Formats;

/**
 * The management report of a period as a PDF to mail or print: the participant base and the
 * postcode areas the Burgernetkaart flags for recruitment, the actions, Burgernetmail and the
 * helpdesk with its complaints, with the same figures and words as the MARAP pages.
 */
final class MarapPdf {

  private static final float[] FIVE = {0, 170, 250, 330, 410};
  private static final float[] SIX = {0, 130, 210, 290, 370, 450};

  private final ResourceBundle texts;
  private final Function<YearMonth, String> monthName;
  private final Formats formats = new Formats();

  MarapPdf(ResourceBundle texts, Function<YearMonth, String> monthName) {
    this.texts = texts;
    this.monthName = monthName;
  }

  byte[] write(MarapReport report) {
    ParticipantBase base = report.participants();
    String title =
        text("marap.pdf.title")
            + " "
            + base.municipality().orElse(base.region()).name()
            + ", "
            + monthName.apply(report.period().from())
            + " – "
            + monthName.apply(report.period().to());
    return PdfPages.write(
        title,
        pages -> {
          pages.heading(title, 14);
          pages.gap();
          participants(pages, base);
          coverage(pages, report.coverage());
          actions(pages, report.actions());
          mails(pages, report.mails());
          helpdesk(pages, report.helpdesk());
        });
  }

  private void participants(PdfPages pages, ParticipantBase base) throws IOException {
    pages.heading(text("marap.base.title"), 12);
    pages.paragraph(
        format(
                "marap.base.total",
                number(base.coverage().participants()),
                number(base.coverage().inhabitants()))
            + " "
            + format(
                base.meetsTarget() ? "marap.base.percentMet" : "marap.base.percentMissed",
                formats.decimal(base.coverage().percentOfInhabitants(), 2),
                formats.decimal(base.targetPercent(), 2)));
    pages.gap();
    pages.row(
        FIVE,
        true,
        text("marap.municipality"),
        text("municipality.inhabitants"),
        text("marap.base.participants"),
        text("marap.base.percentOfInhabitants"),
        text("marap.base.assessment"));
    for (ParticipantBase.MunicipalityLine line : base.municipalities()) {
      pages.row(
          FIVE,
          false,
          line.municipality().name(),
          number(line.coverage().inhabitants()),
          number(line.coverage().participants()),
          formats.decimal(line.coverage().percentOfInhabitants(), 2) + "%",
          line.recruitmentFocus()
              ? text("marap.base.focus")
              : line.meetsTarget() ? text("marap.base.met") : "");
    }
    pages.gap();
    pages.row(
        FIVE,
        true,
        text("marap.month"),
        text("marap.base.new"),
        text("marap.base.unsubscribed"),
        text("marap.base.net"));
    for (ParticipantBase.MonthLine month : base.months()) {
      pages.row(
          FIVE,
          false,
          monthName.apply(month.month()),
          number(month.newParticipants()),
          number(month.unsubscriptions()),
          number(month.netGrowth()));
    }
    pages.gap();
  }

  /**
   * The Burgernetkaart as a summary and the table of the areas flagged for recruitment; the map
   * itself stays on the page, every area in the Excel workbook.
   */
  private void coverage(PdfPages pages, PostcodeCoverage coverage) throws IOException {
    pages.heading(text("marap.map.title"), 12);
    List<PostcodeCoverage.AreaLine> flagged = coverage.flagged();
    pages.paragraph(
        format(
            "marap.map.threshold",
            coverage.thresholdPercent(),
            flagged.size(),
            coverage.areas().size()));
    if (flagged.isEmpty()) {
      pages.gap();
      return;
    }
    pages.gap();
    pages.row(
        FIVE,
        true,
        text("marap.map.postcode"),
        text("municipality.inhabitants"),
        text("marap.base.participants"),
        text("marap.map.perThousandInhabitants"),
        text("marap.municipality"));
    for (PostcodeCoverage.AreaLine area : flagged) {
      pages.row(
          FIVE,
          false,
          area.postcode(),
          number(area.coverage().inhabitants()),
          number(area.coverage().participants()),
          formats.decimal(area.coverage().perThousandInhabitants(), 1),
          area.municipality().name());
    }
    pages.gap();
  }

  private void actions(PdfPages pages, ActionReport actions) throws IOException {
    ActionTally total = actions.total();
    pages.heading(text("marap.actions.title"), 12);
    pages.paragraph(
        format(
            "marap.actions.summary",
            number(total.actions()),
            number(total.rates().closed()),
            number(total.recipients()),
            number(total.tips()),
            seconds(total)));
    pages.paragraph(
        format(
            actions.meetsTarget() ? "marap.actions.successMet" : "marap.actions.successMissed",
            formats.decimal(total.rates().hardPercent(), 1),
            formats.decimal(actions.successTargetPercent(), 1),
            formats.decimal(total.rates().softPercent(), 1),
            formats.decimal(total.rates().societalPercent(), 1)));
    pages.gap();
    pages.row(
        FIVE,
        true,
        text("marap.month"),
        text("marap.actions.actions"),
        text("marap.actions.hardPercent"),
        text("marap.actions.recipients"),
        text("marap.actions.tips"));
    for (ActionReport.Month month : actions.months()) {
      pages.row(
          FIVE,
          false,
          monthName.apply(month.month()),
          number(month.tally().actions()),
          formats.decimal(month.tally().rates().hardPercent(), 1) + "%",
          number(month.tally().recipients()),
          number(month.tally().tips()));
    }
    pages.gap();
  }

  private void mails(PdfPages pages, MailReport mails) throws IOException {
    pages.heading(text("marap.mails.title"), 12);
    pages.paragraph(
        format(
            "marap.mails.summary",
            number(mails.mails()),
            number(mails.recipients()),
            number(mails.undelivered()),
            number(mails.meetingTarget()),
            number(mails.municipalities().size()),
            mails.target()));
    pages.gap();
    pages.row(
        FIVE,
        true,
        text("marap.municipality"),
        text("marap.mails.mails"),
        text("marap.mails.recipients"),
        text("marap.mails.undelivered"),
        text("marap.base.assessment"));
    for (MailReport.Line line : mails.municipalities()) {
      pages.row(
          FIVE,
          false,
          line.municipality().name(),
          number(line.mails()),
          number(line.recipients()),
          number(line.undelivered()),
          line.ambassadorWithoutMail()
              ? text("marap.mails.silent")
              : text(line.meetsTarget() ? "marap.base.met" : "marap.mails.belowTarget"));
    }
  }

  private void helpdesk(PdfPages pages, HelpdeskReport helpdesk) throws IOException {
    pages.gap();
    pages.heading(text("marap.helpdesk.title"), 12);
    pages.paragraph(
        format(
            "marap.helpdesk.summary",
            number(helpdesk.received()),
            number(helpdesk.escalated()),
            number(helpdesk.answered()),
            number(helpdesk.answeredInTime())));
    pages.paragraph(format("marap.helpdesk.overdueSummary", number(helpdesk.overdue())));
    pages.gap();
    pages.row(
        SIX,
        true,
        text("marap.month"),
        text("marap.helpdesk.received"),
        text("marap.helpdesk.escalated"),
        text("trend.answeredInTime"),
        text("marap.helpdesk.hours"),
        text("marap.helpdesk.overdue"));
    for (MonthFigures month : helpdesk.months()) {
      pages.row(
          SIX,
          false,
          monthName.apply(month.month()),
          number(month.received()),
          number(month.escalated()),
          number(month.answeredInTime()),
          formats.decimal(month.averageHoursToAnswer(), 1),
          number(month.overdueFirstLine()) + " / " + number(month.overdueSecondLine()));
    }
    pages.gap();
    pages.row(FIVE, true, text("trend.category"), text("marap.helpdesk.complaintsInPeriod"));
    for (ComplaintCategory category : ComplaintCategory.values()) {
      pages.row(
          FIVE,
          false,
          text("helpdesk.ComplaintCategory." + category),
          number(helpdesk.complaintsOf(category)));
    }
  }

  private String seconds(ActionTally tally) {
    return tally.averageSecondsToFirstMessage().isPresent()
        ? formats.decimal(tally.averageSecondsToFirstMessage().getAsDouble(), 1) + " s"
        : "–";
  }

  private String number(long value) {
    return formats.number(value);
  }

  private String text(String key) {
    return texts.getString(key);
  }

  private String format(String key, Object... arguments) {
    return new MessageFormat(text(key), Formats.DUTCH).format(arguments);
  }
}
