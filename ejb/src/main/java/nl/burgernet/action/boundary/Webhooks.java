package nl.burgernet.action.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.burgernet.action.control.WebhookDispatch;
import nl.burgernet.action.entity.WebhookDelivery;
import nl.burgernet.action.entity.WebhookEndpoint;
import nl.burgernet.action.entity.WebhookEvent;
import nl.burgernet.audit.boundary.AuditTrail;
import nl.burgernet.audit.entity.AuditAction;
import nl.burgernet.audit.entity.AuditResult;
import nl.burgernet.platform.boundary.ConflictException;
import nl.burgernet.platform.boundary.InvalidInputException;
import nl.burgernet.platform.boundary.NotFoundException;
import nl.burgernet.reference.entity.Region;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.entity.StaffRole;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Partner systems' webhook endpoints per regional unit, kept by the functional administrator, and
 * what was delivered to them, for the control room and the administrator of that scope.
 */
@Stateless
@ScopeFiltered
@RolesAllowed({StaffRole.Names.CONTROL_ROOM_OPERATOR, StaffRole.Names.FUNCTIONAL_ADMINISTRATOR})
public class Webhooks {

  static final String AUDIT_OBJECT = "WebhookEndpoint";
  static final String AUDIT_DELIVERY = "WebhookDelivery";

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private AuditTrail auditTrail;

  @Inject private Clock clock;

  @Inject private WebhookDispatch dispatch;

  @Inject
  @ConfigProperty(name = "burgernet.webhook.http.endpoints", defaultValue = "false")
  private boolean httpAllowed;

  @Resource private SessionContext session;

  /**
   * Registers an endpoint for the region's actions. The answer carries the signing secret, the only
   * time it is shown.
   *
   * @param events what it is posted; empty means every event
   */
  @RolesAllowed(StaffRole.Names.FUNCTIONAL_ADMINISTRATOR)
  public WebhookEndpointView register(
      @NotNull Long regionId,
      @NotBlank(message = "{action.webhook.url.required}") @Size(max = 500) String url,
      Set<@NotNull WebhookEvent> events) {
    if (em.find(Region.class, regionId) == null) {
      throw new NotFoundException("Region", regionId);
    }
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    WebhookEndpoint endpoint =
        new WebhookEndpoint(
            regionId,
            checked(url.strip()),
            events == null || events.isEmpty() ? EnumSet.allOf(WebhookEvent.class) : events,
            Base64.getUrlEncoder().withoutPadding().encodeToString(key),
            session.getCallerPrincipal().getName(),
            clock.instant());
    em.persist(endpoint);
    em.flush();
    auditTrail.record(AuditAction.CREATE, AUDIT_OBJECT, endpoint.getId(), AuditResult.SUCCESS);
    return view(endpoint, endpoint.getSecret());
  }

  /** Stops posting to the endpoint. */
  @RolesAllowed(StaffRole.Names.FUNCTIONAL_ADMINISTRATOR)
  public void deactivate(@NotNull Long endpointId) {
    WebhookEndpoint endpoint = em.find(WebhookEndpoint.class, endpointId);
    if (endpoint == null) {
      throw new NotFoundException(AUDIT_OBJECT, endpointId);
    }
    endpoint.deactivate();
    auditTrail.record(AuditAction.UPDATE, AUDIT_OBJECT, endpointId, AuditResult.SUCCESS);
  }

  /**
   * Posts a delivery that has not been delivered once more (e.g. after the partner fixed its
   * receiver and the broker gave up): its id goes on the webhook queue again, with the same body.
   */
  @RolesAllowed(StaffRole.Names.FUNCTIONAL_ADMINISTRATOR)
  public void retry(@NotNull Long deliveryId) {
    WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId);
    if (delivery == null) {
      throw new NotFoundException(AUDIT_DELIVERY, deliveryId);
    }
    if (delivery.isDelivered()) {
      throw new ConflictException("action.webhook.delivered");
    }
    dispatch.enqueue(deliveryId);
    auditTrail.record(AuditAction.UPDATE, AUDIT_DELIVERY, deliveryId, AuditResult.SUCCESS);
  }

  /** The endpoints of the caller's scope, without their secrets. */
  public List<WebhookEndpointView> endpoints() {
    return em.createNamedQuery(WebhookEndpoint.ALL, WebhookEndpoint.class).getResultList().stream()
        .map(endpoint -> view(endpoint, null))
        .toList();
  }

  /** The newest deliveries of the caller's scope, at most {@code maximum}. */
  public List<WebhookDeliveryView> deliveries(int maximum) {
    return em
        .createNamedQuery(WebhookDelivery.LATEST, WebhookDelivery.class)
        .setMaxResults(Math.max(1, Math.min(maximum, 500)))
        .getResultList()
        .stream()
        .map(Webhooks::view)
        .toList();
  }

  /** The deliveries of one action's messages. */
  public List<WebhookDeliveryView> deliveriesOf(@NotNull Long actionId) {
    return em
        .createNamedQuery(WebhookDelivery.OF_ACTION, WebhookDelivery.class)
        .setParameter("action", actionId)
        .getResultList()
        .stream()
        .map(Webhooks::view)
        .toList();
  }

  private String checked(String url) {
    try {
      URI uri = new URI(url);
      boolean schemeAllowed =
          "https".equalsIgnoreCase(uri.getScheme())
              || (httpAllowed && "http".equalsIgnoreCase(uri.getScheme()));
      if (!schemeAllowed || uri.getHost() == null) {
        throw new InvalidInputException("action.webhook.url");
      }
      return url;
    } catch (URISyntaxException e) {
      throw new InvalidInputException("action.webhook.url");
    }
  }

  private static WebhookEndpointView view(WebhookEndpoint endpoint, String secret) {
    return new WebhookEndpointView(
        endpoint.getId(),
        endpoint.getScopeRegionId(),
        endpoint.getUrl(),
        endpoint.getEvents(),
        endpoint.isActive(),
        endpoint.getCreatedBy(),
        endpoint.getCreatedAt(),
        secret);
  }

  static WebhookDeliveryView view(WebhookDelivery delivery) {
    return new WebhookDeliveryView(
        delivery.getId(),
        delivery.getEndpointId(),
        delivery.getActionId(),
        delivery.getCapIdentifier(),
        delivery.getMsgType(),
        delivery.getCreatedAt(),
        delivery.getAttempts(),
        delivery.getLastAttemptAt().orElse(null),
        delivery.getLastStatus().orElse(null),
        delivery.getLastError().orElse(null),
        delivery.getDeliveredAt().orElse(null));
  }
}
