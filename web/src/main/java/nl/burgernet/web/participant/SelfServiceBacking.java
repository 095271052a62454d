package nl.burgernet.web.participant;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.burgernet.participant.boundary.AddressDetails;
import nl.burgernet.participant.boundary.OwnData;
import nl.burgernet.participant.boundary.SelfService;
import nl.burgernet.participant.boundary.SelfServiceSession;
import nl.burgernet.participant.entity.Channel;
import nl.burgernet.web.faces.Messages;

/**
 * /mijn-gegevens.xhtml?token=...: the magic link. Opening it changes nothing (mail scanners open
 * links too); the button spends the link and opens a short session, whose token stays on the server
 * in this view. In the session the participant changes channels and quiet hours at once, asks for
 * an address change (pending until a relation manager approves) and downloads their data.
 */
@Named("selfService")
@ViewScoped
public class SelfServiceBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String ADDRESS_FORM = "address-form";

  static final String DOWNLOAD_NAME = "mijn-burgernet.json";

  @Inject private SelfService selfService;

  @Inject private Validator validator;

  private String token;

  private String sessionToken;

  private Instant sessionExpiresAt;

  private boolean ended;

  /** Reloaded after a restore on another instance; never serialized with the view. */
  private transient OwnData data;

  private Channel[] channels = new Channel[0];
  private String quietFrom;
  private String quietUntil;
  private boolean actionReports;
  private AddressForm addressForm = new AddressForm();

  /**
   * View action, also on postback: the page shows personal data, which no browser or proxy may
   * keep; and the data is loaded again when this view was restored on another instance.
   */
  public void load() {
    FacesContext.getCurrentInstance()
        .getExternalContext()
        .setResponseHeader("Cache-Control", "no-store");
    if (data == null && sessionToken != null) {
      data = selfService.view(sessionToken);
    }
  }

  public void open() {
    SelfServiceSession session = selfService.openSession(token);
    sessionToken = session.token();
    sessionExpiresAt = session.expiresAt();
    show(selfService.view(sessionToken));
  }

  public void savePreferences() {
    Set<Channel> wanted =
        channels == null || channels.length == 0
            ? EnumSet.noneOf(Channel.class)
            : EnumSet.copyOf(Arrays.asList(channels));
    show(
        selfService.changePreferences(
            sessionToken,
            wanted,
            PreferencesJson.time(quietFrom),
            PreferencesJson.time(quietUntil)));
    FacesContext context = FacesContext.getCurrentInstance();
    Messages.info(context, Messages.text(context, "selfService.preferences.saved"));
  }

  public void saveActionReports() {
    show(selfService.changeActionReports(sessionToken, actionReports));
    FacesContext context = FacesContext.getCurrentInstance();
    Messages.info(
        context,
        Messages.text(
            context, actionReports ? "selfService.reports.on" : "selfService.reports.off"));
  }

  public void requestAddressChange() {
    FacesContext context = FacesContext.getCurrentInstance();
    AddressDetails home = addressForm.home();
    AddressDetails work = addressForm.work();
    boolean invalid = FieldErrors.show(context, ADDRESS_FORM, "home", validator.validate(home));
    if (work != null) {
      invalid |= FieldErrors.show(context, ADDRESS_FORM, "work", validator.validate(work));
    }
    if (invalid) {
      return;
    }
    show(selfService.requestAddressChange(sessionToken, home, work));
    Messages.info(context, Messages.text(context, "selfService.address.requested"));
  }

  /** Sends everything stored about the participant as a JSON file instead of a page. */
  public void download() throws IOException {
    byte[] json = selfService.export(sessionToken).getBytes(StandardCharsets.UTF_8);
    FacesContext context = FacesContext.getCurrentInstance();
    ExternalContext external = context.getExternalContext();
    external.setResponseContentType("application/json;charset=UTF-8");
    external.setResponseHeader(
        "Content-Disposition", "attachment; filename=\"" + DOWNLOAD_NAME + "\"");
    external.setResponseHeader("Cache-Control", "no-store");
    external.setResponseContentLength(json.length);
    external.getResponseOutputStream().write(json);
    context.responseComplete();
  }

  public void end() {
    selfService.endSession(sessionToken);
    sessionToken = null;
    data = null;
    ended = true;
  }

  private void show(OwnData own) {
    data = own;
    channels = own.channels().toArray(new Channel[0]);
    quietFrom = own.quietFrom() == null ? null : own.quietFrom().toString();
    quietUntil = own.quietUntil() == null ? null : own.quietUntil().toString();
    addressForm = AddressForm.of(own.home(), own.work());
    actionReports = own.actionReports();
  }

  public boolean isOpen() {
    return sessionToken != null && data != null;
  }

  public boolean isActionReports() {
    return actionReports;
  }

  public void setActionReports(boolean actionReports) {
    this.actionReports = actionReports;
  }

  public OwnData getData() {
    return data;
  }

  public List<SelectItem> getChannelItems() {
    FacesContext context = FacesContext.getCurrentInstance();
    return Arrays.stream(Channel.values())
        .map(
            channel ->
                new SelectItem(
                    channel, Messages.text(context, "registration.channel." + channel.name())))
        .toList();
  }

  public String getChannelNames() {
    FacesContext context = FacesContext.getCurrentInstance();
    return data.channels().stream()
        .map(channel -> Messages.text(context, "registration.channel." + channel.name()))
        .reduce((first, second) -> first + ", " + second)
        .orElse("");
  }

  /** The stored quiet hours as "23:00 – 07:00", or null when there are none. */
  public String getQuietHours() {
    return data.quietFrom() == null ? null : data.quietFrom() + " – " + data.quietUntil();
  }

  /** An address on one line, e.g. "Brink 12 A, 7411 AA Deventer". */
  public String line(AddressDetails address) {
    if (address == null) {
      return "";
    }
    String number =
        address.houseNumber() + (address.addition() == null ? "" : " " + address.addition());
    String street = address.street() == null ? number : address.street() + " " + number;
    return street
        + ", "
        + address.postcode()
        + (address.place() == null ? "" : " " + address.place());
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public Instant getSessionExpiresAt() {
    return sessionExpiresAt;
  }

  public boolean isEnded() {
    return ended;
  }

  public Channel[] getChannels() {
    return channels;
  }

  public void setChannels(Channel[] channels) {
    this.channels = channels;
  }

  public String getQuietFrom() {
    return quietFrom;
  }

  public void setQuietFrom(String quietFrom) {
    this.quietFrom = quietFrom;
  }

  public String getQuietUntil() {
    return quietUntil;
  }

  public void setQuietUntil(String quietUntil) {
    this.quietUntil = quietUntil;
  }

  public AddressForm getAddressForm() {
    return addressForm;
  }
}
