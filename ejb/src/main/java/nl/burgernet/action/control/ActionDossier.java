package nl.burgernet.action.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.burgernet.action.entity.Action;
import nl.burgernet.action.entity.DossierEntry;
import nl.burgernet.action.entity.DossierEntryKind;
import nl.burgernet.action.entity.Tip;

/** Appends to an action's dossier, one writer at a time per action, so the chain stays a chain. */
@Dependent
public class ActionDossier {

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private Clock clock;

  public void append(Action action, String actor, DossierEntryKind kind, String content) {
    // a tip by SMS and the operator's widening may arrive together: the action's row lock orders
    // them, so each entry chains to the one before it. The lock reads the row again, so pending
    // changes of the action (a close) are written first, not lost.
    em.flush();
    em.lock(action, LockModeType.PESSIMISTIC_WRITE);
    Optional<DossierEntry> last =
        em.createNamedQuery(DossierEntry.LAST_OF_ACTION, DossierEntry.class)
            .setParameter("action", action.getId())
            .setMaxResults(1)
            .getResultStream()
            .findFirst();
    em.persist(DossierEntry.after(last, action, actor, kind, content, clock.instant()));
  }

  public void tipReceived(Action action, Tip tip) {
    append(
        action,
        tip.getSender(),
        DossierEntryKind.TIP_RECEIVED,
        "Tip via "
            + tip.getSource()
            + tip.getLocation()
                .map(l -> " (locatie " + l.latitude() + ", " + l.longitude() + ")")
                .orElse("")
            + ": "
            + tip.getText());
  }

  public List<DossierEntry> entries(long actionId) {
    return em.createNamedQuery(DossierEntry.OF_ACTION, DossierEntry.class)
        .setParameter("action", actionId)
        .getResultList();
  }
}
