package nl.burgernet.web.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.function.ToLongFunction;
import nl.burgernet.report.boundary.ParticipantBase;
import nl.burgernet.report.boundary.ParticipantBase.MonthLine;
import nl.burgernet.report.boundary.ParticipantBaseFigures;
import nl.burgernet.web.faces.Messages;

/** /portal/marap/deelnemers.xhtml: the participant base of what {@link MarapFilter} chose. */
@Named("participantBase")
@RequestScoped
public class ParticipantBaseBacking {

  @Inject private ParticipantBaseFigures figures;

  @Inject private MarapFilter filter;

  @Inject private FacesContext faces;

  private ParticipantBase base;

  /** View action; a period or id that is not right shows its message, or 404. */
  public void load() {
    filter
        .region()
        .ifPresent(
            region -> base = figures.of(region, filter.getMunicipalityId(), filter.period()));
  }

  /** The months of the period as a Chart.js bar chart: new, unsubscribed, net growth. */
  public String getMonthChart() {
    List<MonthLine> months = base.months();
    return MonthChart.of(
        months.stream().map(month -> filter.month(month.month())).toList(),
        List.of(
            series("bar", "marap.base.new", "#154273", months, MonthLine::newParticipants),
            series("bar", "marap.base.unsubscribed", "#ca005d", months, MonthLine::unsubscriptions),
            series("line", "marap.base.net", "#39870c", months, MonthLine::netGrowth)));
  }

  private MonthChart.Series series(
      String type,
      String label,
      String colour,
      List<MonthLine> months,
      ToLongFunction<MonthLine> figure) {
    return new MonthChart.Series(
        type,
        Messages.text(faces, label),
        colour,
        months.stream().map(m -> figure.applyAsLong(m)).toList());
  }

  public ParticipantBase getBase() {
    return base;
  }
}
