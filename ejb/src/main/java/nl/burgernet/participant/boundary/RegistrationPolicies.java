package nl.burgernet.participant.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import nl.burgernet.audit.boundary.AuditTrail;
import nl.burgernet.audit.entity.AuditAction;
import nl.burgernet.audit.entity.AuditResult;
import nl.burgernet.participant.control.RegionPolicies;
import nl.burgernet.participant.entity.RegistrationPolicy;
import nl.burgernet.platform.boundary.NotFoundException;
import nl.burgernet.reference.entity.Region;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.entity.StaffRole;

/**
 * How each region handles new registrations, set by its manager Burgernet or a functional
 * administrator: automatic approval of complete, unique registrations, and the burst limit per
 * source. A regional manager sees and changes only their own region.
 */
@Stateless
@ScopeFiltered
@RolesAllowed({StaffRole.Names.MANAGER, StaffRole.Names.FUNCTIONAL_ADMINISTRATOR})
public class RegistrationPolicies {

  private static final String AUDIT_OBJECT = "RegistrationPolicy";

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private RegionPolicies policies;

  @Inject private AuditTrail auditTrail;

  @Inject private Clock clock;

  @Inject private Logger log;

  @Resource private SessionContext context;

  /** The policy of every region in the caller's scope, by region name. */
  public List<RegionRegistrationPolicy> all() {
    return em.createNamedQuery(Region.ALL, Region.class).getResultList().stream()
        .map(region -> view(region, policies.of(region.getId())))
        .toList();
  }

  public RegionRegistrationPolicy change(
      @NotNull Long regionId,
      boolean autoApproval,
      @Min(value = 1, message = "{participant.policy.burstLimit}") Integer burstLimit,
      @Min(value = 1, message = "{participant.policy.window}")
          @Max(
              value = RegistrationPolicy.MAXIMUM_WINDOW_MINUTES,
              message = "{participant.policy.window}")
          int burstWindowMinutes) {
    Region region = em.find(Region.class, regionId);
    if (region == null) {
      auditTrail.record(AuditAction.UPDATE, AUDIT_OBJECT, regionId, AuditResult.DENIED);
      throw new NotFoundException("Region", regionId);
    }
    RegistrationPolicy policy = em.find(RegistrationPolicy.class, regionId);
    if (policy == null) {
      policy = new RegistrationPolicy(regionId);
      em.persist(policy);
    }
    policy.change(
        autoApproval,
        burstLimit,
        burstWindowMinutes,
        context.getCallerPrincipal().getName(),
        clock.instant());
    auditTrail.record(AuditAction.UPDATE, AUDIT_OBJECT, regionId, AuditResult.SUCCESS);
    log.info(() -> "Registration policy of region " + regionId + " changed");
    return view(region, policy);
  }

  private static RegionRegistrationPolicy view(Region region, RegistrationPolicy policy) {
    return new RegionRegistrationPolicy(
        region.getId(),
        region.getName(),
        policy.isAutoApproval(),
        policy.getBurstLimit(),
        policy.getBurstWindowMinutes());
  }
}
