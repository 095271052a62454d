package nl.burgernet.web.participant;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.burgernet.participant.boundary.RegionRegistrationPolicy;
import nl.burgernet.participant.boundary.RegistrationPolicies;
import nl.burgernet.participant.entity.RegistrationPolicy;
import nl.burgernet.web.faces.Messages;

/**
 * /portal/aanmeldbeleid.xhtml: the manager Burgernet (own region) or the functional administrator
 * (every region) sets automatic approval and the burst limit per source.
 */
@Named("policies")
@ViewScoped
public class PolicyBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private RegistrationPolicies policies;

  private List<PolicyRow> rows = List.of();

  /** View action: every region's policy as it is now. */
  public void load() {
    rows = policies.all().stream().map(PolicyRow::of).toList();
  }

  public void save(PolicyRow row) {
    RegionRegistrationPolicy saved =
        policies.change(
            row.getRegionId(),
            row.isAutoApproval(),
            row.getBurstLimit(),
            row.getBurstWindowMinutes() == null
                ? RegistrationPolicy.DEFAULT_WINDOW_MINUTES
                : row.getBurstWindowMinutes());
    FacesContext context = FacesContext.getCurrentInstance();
    Messages.info(context, Messages.text(context, "policy.saved", saved.regionName()));
    load();
  }

  public List<PolicyRow> getRows() {
    return rows;
  }
}
