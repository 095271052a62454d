package nl.burgernet.web.action;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.burgernet.action.boundary.WebhookDeliveryView;
import nl.burgernet.action.boundary.WebhookEndpointView;
import nl.burgernet.action.boundary.Webhooks;
import nl.burgernet.action.entity.WebhookEvent;
import nl.burgernet.reference.boundary.ReferenceData;
import nl.burgernet.reference.entity.Region;
import nl.burgernet.web.faces.Messages;

/**
 * /portal/beheer/webhooks.xhtml: the partners' webhook endpoints per regional unit and the newest
 * deliveries to them. A new endpoint's secret is shown once, right after it was registered; a
 * delivery that was not delivered can be posted again.
 */
@Named("webhookAdmin")
@ViewScoped
public class WebhookAdminBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Deliveries on the page; older ones are in each action's dossier. */
  static final int DELIVERIES_SHOWN = 50;

  @Inject private Webhooks webhooks;

  @Inject private ReferenceData referenceData;

  // read again after a restore on another instance; never serialized with the view
  private transient List<WebhookEndpointView> endpoints;
  private transient List<WebhookDeliveryView> deliveries;
  private transient Map<Long, String> regionNames;
  private transient Map<Long, String> endpointUrls;

  private Long regionId;
  private String url;
  private WebhookEvent[] events = WebhookEvent.values();

  /** Only until the secret dialog is rendered in the same response; never serialized. */
  private transient WebhookEndpointView registered;

  /** View action on the first request of the page. */
  public void load() {
    regionNames =
        referenceData.regions().stream().collect(Collectors.toMap(Region::getId, Region::getName));
    reload();
  }

  private void reload() {
    endpoints = webhooks.endpoints();
    endpointUrls =
        endpoints.stream()
            .collect(Collectors.toMap(WebhookEndpointView::id, WebhookEndpointView::url));
    deliveries = webhooks.deliveries(DELIVERIES_SHOWN);
  }

  public void startRegister() {
    regionId = null;
    url = null;
    events = WebhookEvent.values();
    registered = null;
  }

  /** Registers; the secret is kept only until the administrator closes its dialog. */
  public void register() {
    Set<WebhookEvent> chosen =
        events == null || events.length == 0 ? Set.of() : EnumSet.copyOf(List.of(events));
    if (chosen.isEmpty()) {
      FacesContext context = FacesContext.getCurrentInstance();
      Messages.error(context, null, Messages.text(context, "webhookAdmin.events.required"));
      context.validationFailed();
      return;
    }
    registered = webhooks.register(regionId, url, chosen);
    reload();
  }

  public void forgetSecret() {
    registered = null;
  }

  public void deactivate(WebhookEndpointView endpoint) {
    webhooks.deactivate(endpoint.id());
    FacesContext context = FacesContext.getCurrentInstance();
    Messages.info(context, Messages.text(context, "webhookAdmin.deactivated", endpoint.url()));
    reload();
  }

  public void retry(WebhookDeliveryView delivery) {
    webhooks.retry(delivery.id());
    FacesContext context = FacesContext.getCurrentInstance();
    Messages.info(context, Messages.text(context, "webhookAdmin.retried", delivery.id()));
    reload();
  }

  public void refresh() {
    reload();
  }

  /** Delivered, failed (with the last status or error) or waiting for its first attempt. */
  public String status(WebhookDeliveryView delivery) {
    FacesContext context = FacesContext.getCurrentInstance();
    if (delivery.deliveredAt() != null) {
      return Messages.text(context, "webhookAdmin.status.delivered", delivery.lastStatus());
    }
    if (delivery.attempts() == 0) {
      return Messages.text(context, "webhookAdmin.status.waiting");
    }
    return Messages.text(
        context,
        "webhookAdmin.status.failed",
        delivery.lastStatus() == null ? delivery.lastError() : "HTTP " + delivery.lastStatus());
  }

  public String events(WebhookEndpointView endpoint) {
    return endpoint.events().stream().sorted().map(this::event).collect(Collectors.joining(", "));
  }

  public String event(WebhookEvent event) {
    return Messages.text(FacesContext.getCurrentInstance(), "webhookAdmin.event." + event.name());
  }

  public String regionName(long id) {
    if (regionNames == null) {
      load();
    }
    return regionNames.getOrDefault(id, String.valueOf(id));
  }

  public String endpointUrl(long id) {
    if (endpointUrls == null) {
      reload();
    }
    return endpointUrls.getOrDefault(id, String.valueOf(id));
  }

  public List<Region> getRegions() {
    return referenceData.regions();
  }

  public WebhookEvent[] getAllEvents() {
    return WebhookEvent.values();
  }

  public List<WebhookEndpointView> getEndpoints() {
    if (endpoints == null) {
      reload();
    }
    return endpoints;
  }

  public List<WebhookDeliveryView> getDeliveries() {
    if (deliveries == null) {
      reload();
    }
    return deliveries;
  }

  public WebhookEndpointView getRegistered() {
    return registered;
  }

  public Long getRegionId() {
    return regionId;
  }

  public void setRegionId(Long regionId) {
    this.regionId = regionId;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public WebhookEvent[] getEvents() {
    return events.clone();
  }

  public void setEvents(WebhookEvent[] events) {
    this.events = events == null ? new WebhookEvent[0] : events.clone();
  }
}
