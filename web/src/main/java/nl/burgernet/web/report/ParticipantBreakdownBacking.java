package nl.burgernet.web.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.burgernet.report.boundary.BaseFigure;
import nl.burgernet.report.boundary.ParticipantBreakdown;
import nl.burgernet.report.boundary.ParticipantBreakdowns;
import nl.burgernet.report.entity.ParticipantAreaMonth;
import nl.burgernet.web.faces.Messages;

/**
 * /portal/marap/uitsplitsing.xhtml: a figure of the participant base (figuur, with its categorie)
 * per municipality and postcode area, for what {@link MarapFilter} chose.
 */
@Named("participantBreakdown")
@RequestScoped
public class ParticipantBreakdownBacking {

  @Inject private ParticipantBreakdowns breakdowns;

  @Inject private MarapFilter filter;

  @Inject private FacesContext faces;

  private BaseFigure figure = BaseFigure.PARTICIPANTS;
  private String category;

  private ParticipantBreakdown breakdown;

  /** View action; a period, id or category that is not right shows its message, or 404. */
  public void load() {
    filter
        .region()
        .ifPresent(
            region ->
                breakdown =
                    breakdowns.of(
                        region, filter.getMunicipalityId(), filter.period(), figure, category));
  }

  /** The bundle key's end for the figure and its category, e.g. CHANNEL or UNSUBSCRIBED_REASON. */
  public String getFigureKey() {
    return figure == BaseFigure.UNSUBSCRIBED && category != null && !category.isBlank()
        ? "UNSUBSCRIBED_REASON"
        : figure.name();
  }

  /** The figure as users read it, e.g. "Actieve deelnemers die berichten krijgen per SMS". */
  public String getFigureName() {
    return Messages.text(faces, "marap.breakdown.figure." + getFigureKey(), getCategoryLabel());
  }

  /** The category as users read it, e.g. "SMS", "Ik ben verhuisd" or "25-34"; blank without. */
  public String getCategoryLabel() {
    if (category == null || category.isBlank()) {
      return "";
    }
    return switch (figure) {
      case CHANNEL -> Messages.text(faces, "delivery.channel." + category);
      case SOURCE -> Messages.text(faces, "participant.source." + category);
      case UNSUBSCRIBED ->
          Messages.text(
              faces,
              ParticipantAreaMonth.NO_REASON.equals(category)
                  ? "marap.base.noReason"
                  : "unsubscribe.reason." + category);
      default -> category;
    };
  }

  public ParticipantBreakdown getBreakdown() {
    return breakdown;
  }

  public BaseFigure getFigure() {
    return figure;
  }

  public void setFigure(BaseFigure figure) {
    this.figure = figure == null ? BaseFigure.PARTICIPANTS : figure;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }
}
