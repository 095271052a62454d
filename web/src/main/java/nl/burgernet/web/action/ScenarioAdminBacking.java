package nl.burgernet.web.action;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.burgernet.action.boundary.DeploymentScenarios;
import nl.burgernet.action.boundary.ScenarioForm;
import nl.burgernet.action.boundary.ScenarioView;
import nl.burgernet.action.boundary.SmsFacts;
import nl.burgernet.action.entity.ActionKind;
import nl.burgernet.participant.entity.Channel;
import nl.burgernet.web.faces.Messages;

/**
 * /portal/beheer/inzetscenarios.xhtml: the functional administrator's deployment scenarios, with a
 * dialog to create or change one that counts the SMS wording's characters and segments while it is
 * typed, as the new-action page does. The service checks every field again.
 */
@Named("scenarioAdmin")
@ViewScoped
public class ScenarioAdminBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final int DEFAULT_RADIUS_METRES = 2_000;

  @Inject private DeploymentScenarios scenarios;

  /** Read again after a restore on another instance; never serialized with the view. */
  private transient List<ScenarioView> rows;

  private Long editingId;
  private String name;
  private ActionKind kind;
  private Integer defaultRadiusMetres;
  // an array: Faces converts the enum for an array value, not for a generic list
  private Channel[] channels = new Channel[0];
  private String smsWording;
  private String voiceWording;
  private boolean active;

  /** View action on the first request of the page. */
  public void load() {
    rows = scenarios.all();
  }

  public void startCreate() {
    editingId = null;
    name = null;
    kind = null;
    defaultRadiusMetres = DEFAULT_RADIUS_METRES;
    channels = new Channel[] {Channel.SMS, Channel.VOICE, Channel.APP};
    smsWording =
        "Dit is een oproep voor Burgernet. {signalement} Heeft u informatie? Bel {nummer}.";
    voiceWording =
        "Dit is een oproep voor Burgernet. {signalement} Heeft u informatie over deze"
            + " Burgernetactie, belt u dan met {nummer} en blijf aan de lijn.";
    active = true;
  }

  public void startEdit(ScenarioView row) {
    editingId = row.id();
    name = row.name();
    kind = row.kind();
    defaultRadiusMetres = row.defaultRadiusMetres();
    channels = row.channels().stream().sorted().toArray(Channel[]::new);
    smsWording = row.smsWording();
    voiceWording = row.voiceWording();
    active = row.active();
  }

  /** Creates or changes; a refusal is shown by the exception handler and keeps the dialog open. */
  public void save() {
    ScenarioForm form =
        new ScenarioForm(
            name,
            kind,
            defaultRadiusMetres == null ? 0 : defaultRadiusMetres,
            channels == null || channels.length == 0 ? Set.of() : EnumSet.copyOf(List.of(channels)),
            smsWording,
            voiceWording,
            active);
    ScenarioView saved =
        editingId == null ? scenarios.create(form) : scenarios.change(editingId, form);
    FacesContext context = FacesContext.getCurrentInstance();
    Messages.info(
        context,
        Messages.text(
            context,
            editingId == null ? "scenarioAdmin.created" : "scenarioAdmin.changed",
            saved.name()));
    load();
  }

  public void deactivate(ScenarioView row) {
    scenarios.deactivate(row.id());
    FacesContext context = FacesContext.getCurrentInstance();
    Messages.info(context, Messages.text(context, "scenarioAdmin.deactivated", row.name()));
    load();
  }

  public void activate(ScenarioView row) {
    scenarios.activate(row.id());
    FacesContext context = FacesContext.getCurrentInstance();
    Messages.info(context, Messages.text(context, "scenarioAdmin.activated", row.name()));
    load();
  }

  /** What the SMS wording's fixed words cost, recounted on every key stroke. */
  public SmsFacts getSmsFacts() {
    return SmsFacts.ofWording(smsWording);
  }

  public boolean isCreating() {
    return editingId == null;
  }

  public List<ScenarioView> getRows() {
    if (rows == null) {
      load();
    }
    return rows;
  }

  public ActionKind[] getKinds() {
    return ActionKind.values();
  }

  public Channel[] getAllChannels() {
    return Channel.values();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public ActionKind getKind() {
    return kind;
  }

  public void setKind(ActionKind kind) {
    this.kind = kind;
  }

  public Integer getDefaultRadiusMetres() {
    return defaultRadiusMetres;
  }

  public void setDefaultRadiusMetres(Integer defaultRadiusMetres) {
    this.defaultRadiusMetres = defaultRadiusMetres;
  }

  public Channel[] getChannels() {
    return channels.clone();
  }

  public void setChannels(Channel[] channels) {
    this.channels = channels == null ? new Channel[0] : channels.clone();
  }

  public String getSmsWording() {
    return smsWording;
  }

  public void setSmsWording(String smsWording) {
    this.smsWording = smsWording;
  }

  public String getVoiceWording() {
    return voiceWording;
  }

  public void setVoiceWording(String voiceWording) {
    this.voiceWording = voiceWording;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
