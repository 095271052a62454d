package nl.burgernet.web.action;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.burgernet.action.boundary.ActionView;
import nl.burgernet.action.boundary.Actions;
import nl.burgernet.action.boundary.AreaSpecification;
import nl.burgernet.action.boundary.Closing;
import nl.burgernet.action.boundary.OperatorTip;
import nl.burgernet.action.boundary.PartnerMessage;
import nl.burgernet.action.boundary.Reach;
import nl.burgernet.action.boundary.RoundView;
import nl.burgernet.action.boundary.TipView;
import nl.burgernet.action.boundary.Widening;
import nl.burgernet.action.entity.ActionState;
import nl.burgernet.action.entity.Outcome;
import nl.burgernet.delivery.boundary.Deliveries;
import nl.burgernet.delivery.boundary.RequestProgress;
import nl.burgernet.delivery.entity.DeliveryState;
import nl.burgernet.delivery.entity.SendRequestState;
import nl.burgernet.platform.boundary.InvalidInputException;
import nl.burgernet.platform.boundary.NotFoundException;
import nl.burgernet.reference.boundary.ReferenceData;
import nl.burgernet.reference.entity.Municipality;
import nl.burgernet.web.faces.Messages;

/**
 * /portal/meldkamer/actie.xhtml?id=N: one action as the operator follows it: its rounds with the
 * delivery progress per channel, the tips as they arrive (pushed by {@link TipPush}), widening the
 * area, a tip taken by phone and closing with the outcome. Each widening gets its own idempotency
 * key, made anew after it went out. An id that is no number, unknown or outside the caller's scope
 * is "not found" (HTTP 404).
 */
@Named("action")
@ViewScoped
public class ActionBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The service's upper limit of a circle's radius. */
  static final int MAXIMUM_RADIUS_METRES = 50_000;

  @Inject private Actions actions;

  @Inject private Deliveries deliveries;

  @Inject private ReferenceData referenceData;

  @Inject private AreaLookup areaLookup;

  @Inject private ActionSettings settings;

  private String id;
  private AreaForm widening;
  private String wideningKey = UUID.randomUUID().toString();
  private String tipText;
  private Outcome outcome;
  private String outcomeMessage;

  private transient ActionView view;
  private transient List<PartnerMessage> partnerMessages;
  private transient List<RoundProgress> rounds;
  private transient RequestProgress outcomeProgress;
  private transient Reach wideningReach;

  /** One round with the progress of its send request. */
  public record RoundProgress(RoundView round, RequestProgress progress) {

    public boolean isSending() {
      return progress.request().getState() == SendRequestState.SENDING;
    }
  }

  /** View action, poll and push: the action as it is now. */
  public void load() {
    view = actions.find(parse(id));
    partnerMessages = actions.partnerMessages(view.id());
    rounds =
        view.rounds().stream()
            .map(round -> new RoundProgress(round, deliveries.progress(round.sendRequestId())))
            .toList();
    outcomeProgress =
        view.outcomeRequestId() == null ? null : deliveries.progress(view.outcomeRequestId());
    if (widening == null && !view.rounds().isEmpty()) {
      widening =
          AreaForm.widening(
              view.rounds().get(view.rounds().size() - 1).area(), MAXIMUM_RADIUS_METRES);
      recount();
    }
  }

  /** Ajax listener of every change of the widening's area: who it would reach in addition. */
  public void recount() {
    wideningReach = null;
    Optional<AreaSpecification> area = widening.specification();
    if (area.isPresent() && isOpen()) {
      wideningReach = actions.widenedReach(parse(id), area.get());
    }
  }

  public void locate() {
    if (areaLookup.locate(widening)) {
      recount();
    }
  }

  /** Sends the next round and shows the page anew, with the round on the map. */
  public String widen() {
    AreaSpecification area =
        widening
            .specification()
            .orElseThrow(() -> new InvalidInputException("actionPage.area.incomplete"));
    RoundView round = actions.widen(parse(id), new Widening(area, wideningKey));
    wideningKey = UUID.randomUUID().toString();
    info("actionPage.widened", round.number(), round.recipients());
    return reopen();
  }

  public void addTip() {
    actions.addTip(parse(id), new OperatorTip(tipText, null));
    tipText = null;
    info("actionPage.tip.added");
    load();
  }

  /** Proposes the outcome message of the chosen outcome, unless the operator wrote one already. */
  public void outcomeChosen() {
    if (outcome != null && (outcomeMessage == null || isProposal(outcomeMessage))) {
      outcomeMessage = proposal(outcome);
    }
  }

  public String close() {
    actions.close(parse(id), new Closing(outcome, outcomeMessage));
    info("actionPage.closed");
    return reopen();
  }

  private String reopen() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/portal/meldkamer/actie?faces-redirect=true&id=" + parse(id);
  }

  private boolean isProposal(String message) {
    for (Outcome each : Outcome.values()) {
      if (proposal(each).equals(message)) {
        return true;
      }
    }
    return false;
  }

  private static String proposal(Outcome outcome) {
    return Messages.text(
        FacesContext.getCurrentInstance(), "actionPage.close.proposal." + outcome.name());
  }

  private static void info(String key, Object... arguments) {
    FacesContext context = FacesContext.getCurrentInstance();
    Messages.info(context, Messages.text(context, key, arguments));
  }

  private static long parse(String id) {
    try {
      return Long.parseLong(id == null ? "" : id.strip());
    } catch (NumberFormatException e) {
      throw new NotFoundException("Action", id);
    }
  }

  public List<PartnerMessage> getPartnerMessages() {
    return partnerMessages;
  }

  public ActionView getView() {
    if (view == null) {
      load();
    }
    return view;
  }

  public List<RoundProgress> getRounds() {
    if (rounds == null) {
      load();
    }
    return rounds;
  }

  public boolean isOpen() {
    return getView().state() == ActionState.OPEN;
  }

  /** The page polls the delivery counts while a round (or the outcome message) is being sent. */
  public boolean isSending() {
    return getRounds().stream().anyMatch(RoundProgress::isSending)
        || (outcomeProgress != null
            && outcomeProgress.request().getState() == SendRequestState.SENDING);
  }

  /** With more than one instance, tips pushed by another instance come by polling. */
  public boolean isClustered() {
    return settings.clustered();
  }

  /** The outcome message's send request, once the action is closed. */
  public RequestProgress getOutcomeProgress() {
    getRounds();
    return outcomeProgress;
  }

  /** The rounds' areas for the map: [{label, latitude, longitude, radius} or {label, polygon}]. */
  public String getRoundsJson() {
    JsonArrayBuilder areas = Json.createArrayBuilder();
    for (RoundView round : getView().rounds()) {
      AreaSpecification area = round.area();
      JsonObjectBuilder json =
          Json.createObjectBuilder()
              .add(
                  "label",
                  Messages.text(
                      FacesContext.getCurrentInstance(), "actionPage.round.title", round.number()));
      switch (area.kind()) {
        case CIRCLE ->
            json.add("latitude", area.centre().latitude())
                .add("longitude", area.centre().longitude())
                .add("radius", area.radiusMetres());
        case POLYGON ->
            json.add(
                "polygon",
                area.polygon().stream()
                    .map(p -> p.latitude() + " " + p.longitude())
                    .collect(Collectors.joining(";")));
        default -> {
          // municipalities and postcodes have no outline on the map
          continue;
        }
      }
      areas.add(json);
    }
    return areas.build().toString();
  }

  public List<DeliveryState> getStates() {
    return List.of(DeliveryState.values());
  }

  public Outcome[] getOutcomes() {
    return Outcome.values();
  }

  public List<Municipality> getMunicipalities() {
    return referenceData.municipalities();
  }

  public AreaForm getWidening() {
    return widening;
  }

  public Reach getWideningReach() {
    return wideningReach;
  }

  public int getTipLength() {
    return TipView.TEXT_LENGTH;
  }

  public int getOutcomeMessageLength() {
    return Closing.MESSAGE_LENGTH;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getTipText() {
    return tipText;
  }

  public void setTipText(String tipText) {
    this.tipText = tipText;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public void setOutcome(Outcome outcome) {
    this.outcome = outcome;
  }

  public String getOutcomeMessage() {
    return outcomeMessage;
  }

  public void setOutcomeMessage(String outcomeMessage) {
    this.outcomeMessage = outcomeMessage;
  }
}
