package nl.burgernet.web.action;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.burgernet.action.boundary.Actions;
import nl.burgernet.action.boundary.AreaSpecification;
import nl.burgernet.action.boundary.DeploymentScenarios;
import nl.burgernet.action.boundary.MessagePreview;
import nl.burgernet.action.boundary.NewAction;
import nl.burgernet.action.boundary.Reach;
import nl.burgernet.action.boundary.ScenarioView;
import nl.burgernet.action.entity.ActionStatus;
import nl.burgernet.participant.entity.Channel;
import nl.burgernet.platform.boundary.InvalidInputException;
import nl.burgernet.reference.boundary.ReferenceData;
import nl.burgernet.reference.entity.Municipality;

/**
 * /portal/meldkamer/nieuwe-actie.xhtml: the operator's form for a new action. The scenario fills
 * radius, channels and wording; every change of the area or the channels recounts the reach. The
 * idempotency key is made once per view, so a second click, a resent form or a retry after a
 * timeout returns the action the first one started instead of sending again.
 */
@Named("newAction")
@ViewScoped
public class NewActionBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Actions actions;

  @Inject private DeploymentScenarios scenarios;

  @Inject private ReferenceData referenceData;

  @Inject private AreaLookup areaLookup;

  @Inject private ActionSettings settings;

  private final String idempotencyKey = UUID.randomUUID().toString();
  private final AreaForm area = new AreaForm();
  private Long scenarioId;
  private String description;
  private String callbackNumber;
  private Set<Channel> channels = new LinkedHashSet<>();
  private ActionStatus status = ActionStatus.ACTUAL;

  private transient List<ScenarioView> scenarioList;
  private transient Reach reach;
  private transient MessagePreview preview;
  private transient String previewOf;

  @PostConstruct
  void init() {
    callbackNumber = settings.callbackNumber();
  }

  /** The scenario's radius and channels become the form's; the operator may still change them. */
  public void scenarioChosen() {
    scenario()
        .ifPresent(
            chosen -> {
              area.setRadiusMetres(chosen.defaultRadiusMetres());
              channels = new LinkedHashSet<>(chosen.channels());
            });
    recount();
  }

  /** Ajax listener of every change of the area or the channels. */
  public void recount() {
    reach = null;
    Optional<AreaSpecification> specification = area.specification();
    if (scenarioId != null && !channels.isEmpty() && specification.isPresent()) {
      reach = actions.reach(scenarioId, status, specification.get(), channels);
    }
  }

  /** Ajax listener of the address field: the circle's centre moves there. */
  public void locate() {
    if (areaLookup.locate(area)) {
      recount();
    }
  }

  /** Starts the action and opens its screen. */
  public String send() {
    AreaSpecification specification =
        area.specification()
            .orElseThrow(() -> new InvalidInputException("actionPage.area.incomplete"));
    long actionId =
        actions
            .start(
                new NewAction(
                    scenarioId,
                    description,
                    callbackNumber,
                    channels,
                    specification,
                    idempotencyKey,
                    status))
            .id();
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/portal/meldkamer/actie?faces-redirect=true&id=" + actionId;
  }

  private Optional<ScenarioView> scenario() {
    return getScenarios().stream().filter(s -> Objects.equals(s.id(), scenarioId)).findFirst();
  }

  public List<ScenarioView> getScenarios() {
    if (scenarioList == null) {
      scenarioList = scenarios.active();
    }
    return scenarioList;
  }

  public List<Municipality> getMunicipalities() {
    return referenceData.municipalities();
  }

  public Set<Channel> getAllChannels() {
    return EnumSet.allOf(Channel.class);
  }

  /**
   * The texts as they would go out, recomposed only when scenario, description or number changed.
   */
  public MessagePreview getPreview() {
    if (scenarioId == null) {
      return null;
    }
    String of = scenarioId + "\u0000" + description + "\u0000" + callbackNumber + "\u0000" + status;
    if (preview == null || !of.equals(previewOf)) {
      preview = actions.preview(scenarioId, description, callbackNumber, status);
      previewOf = of;
    }
    return preview;
  }

  public boolean isPreviewReady() {
    return scenarioId != null;
  }

  public Reach getReach() {
    return reach;
  }

  public int getDescriptionLength() {
    return NewAction.DESCRIPTION_LENGTH;
  }

  public ActionStatus[] getStatuses() {
    return ActionStatus.values();
  }

  /** Real (the default), an exercise or a test: the texts and the reach depend on it. */
  public ActionStatus getStatus() {
    return status;
  }

  public void setStatus(ActionStatus status) {
    this.status = status == null ? ActionStatus.ACTUAL : status;
  }

  public AreaForm getArea() {
    return area;
  }

  public Long getScenarioId() {
    return scenarioId;
  }

  public void setScenarioId(Long scenarioId) {
    this.scenarioId = scenarioId;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getCallbackNumber() {
    return callbackNumber;
  }

  public void setCallbackNumber(String callbackNumber) {
    this.callbackNumber = callbackNumber;
  }

  /** The channels as an array: its element type lets Faces convert the checkboxes' values. */
  public Channel[] getChannelChoice() {
    return channels.toArray(Channel[]::new);
  }

  public void setChannelChoice(Channel[] choice) {
    channels = new LinkedHashSet<>(choice == null ? List.of() : Arrays.asList(choice));
  }
}
