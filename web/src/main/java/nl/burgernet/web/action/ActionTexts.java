package nl.burgernet.web.action;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.burgernet.action.boundary.AreaSpecification;
import nl.burgernet.action.boundary.SmsFacts;
import nl.burgernet.action.entity.ActionKind;
import nl.burgernet.action.entity.ActionState;
import nl.burgernet.action.entity.ActionStatus;
import nl.burgernet.action.entity.Outcome;
import nl.burgernet.action.entity.TipSource;
import nl.burgernet.web.faces.Formats;
import nl.burgernet.web.faces.Messages;

/** Names of the action codes, areas and SMS facts in the language of the current view. */
@Named
@ApplicationScoped
public class ActionTexts {

  @Inject private Formats formats;

  public String state(ActionState state) {
    return text("actionPage.state." + state.name());
  }

  /** "Echt", "Oefening" or "Test". */
  public String status(ActionStatus status) {
    return text("actionPage.status." + status.name());
  }

  /** What an exercise or a test sends to whom; empty for a real action. */
  public String statusNote(ActionStatus status) {
    return status.isActual() ? "" : text("actionPage.status.note." + status.name());
  }

  /** E.g. "Vermist kind": the names the management report uses too. */
  public String kind(ActionKind kind) {
    return kind == null ? "" : text("marap.kind." + kind.name());
  }

  public String outcome(Outcome outcome) {
    return outcome == null ? "" : text("actionPage.outcome." + outcome.name());
  }

  public String tipSource(TipSource source) {
    return text("actionPage.tip.source." + source.name());
  }

  /** E.g. "142 tekens, 1 sms, standaardtekens (160 per sms)". */
  public String smsFacts(SmsFacts facts) {
    // an empty text is not sendable either, but nothing is too long about it
    if (!facts.sendable() && facts.length() > 0) {
      return text("actionPage.sms.tooLong", facts.segments());
    }
    return text(
        "actionPage.sms.count",
        facts.length(),
        facts.segments(),
        text("actionPage.sms.alphabet." + facts.alphabet().name()));
  }

  /** E.g. "Cirkel van 2.000 m rond 51,92250 4,47917" or "3 gemeenten". */
  public String area(AreaSpecification area) {
    return switch (area.kind()) {
      case CIRCLE ->
          text(
              "actionPage.area.describe.CIRCLE",
              formats.number(area.radiusMetres()),
              formats.decimal(area.centre().latitude(), 5),
              formats.decimal(area.centre().longitude(), 5));
      case POLYGON -> text("actionPage.area.describe.POLYGON", area.polygon().size());
      case MUNICIPALITIES ->
          text("actionPage.area.describe.MUNICIPALITIES", area.municipalityIds().size());
      case POSTCODES ->
          text("actionPage.area.describe.POSTCODES", String.join(", ", area.postcodes()));
    };
  }

  private static String text(String key, Object... arguments) {
    return Messages.text(FacesContext.getCurrentInstance(), key, arguments);
  }
}
