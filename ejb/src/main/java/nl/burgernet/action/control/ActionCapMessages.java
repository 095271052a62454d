package nl.burgernet.action.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import nl.burgernet.action.entity.Action;
import nl.burgernet.action.entity.ActionRound;
import nl.burgernet.action.entity.CapMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** A stored action's CAP messages ({@link CapMessages}), with this installation as sender. */
@Dependent
public class ActionCapMessages {

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject
  @ConfigProperty(name = "burgernet.cap.sender", defaultValue = "burgernet@politie.nl")
  private String sender;

  public List<CapMessage> of(Action action) {
    List<ActionRound> rounds =
        em.createNamedQuery(ActionRound.OF_ACTION, ActionRound.class)
            .setParameter("action", action.getId())
            .getResultList();
    return CapMessages.of(ActionViews.of(action, rounds, List.of()), sender, this::cbsCodes);
  }

  private List<String> cbsCodes(Set<Long> municipalityIds) {
    if (municipalityIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery("SELECT m.cbsCode FROM Municipality m WHERE m.id IN :ids", String.class)
        .setParameter("ids", municipalityIds)
        .getResultList();
  }
}
