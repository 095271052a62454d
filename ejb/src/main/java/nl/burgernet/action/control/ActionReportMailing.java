package nl.burgernet.action.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.burgernet.action.entity.Action;
import nl.burgernet.action.entity.ActionReport;
import nl.burgernet.action.entity.ActionRound;
import nl.burgernet.delivery.boundary.Deliveries;
import nl.burgernet.delivery.boundary.RecipientSelection;
import nl.burgernet.delivery.boundary.SendOrder;
import nl.burgernet.delivery.entity.SendPriority;
import nl.burgernet.delivery.entity.SendRequest;
import nl.burgernet.participant.entity.Participant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mails a published report to the participants of the action's area who asked for reports: those
 * the action's rounds reached, as only they were in the area (not more: a report is no reason to
 * write to someone the action never concerned). It is no alert, so it goes at normal priority, once
 * per action (the key), through the delivery pipeline with its unsubscribe headers.
 */
@ApplicationScoped
public class ActionReportMailing {

  /** Ids per query, well below the database's limit on parameters. */
  private static final int IDS_PER_QUERY = 1_000;

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private Deliveries deliveries;

  @Inject
  @ConfigProperty(name = "burgernet.public.base-url", defaultValue = "http://localhost:8080")
  String publicBaseUrl;

  /** The send request, or empty when nobody the action reached wants its report. */
  public Optional<SendRequest> mail(Action action, ActionReport report) {
    Set<Long> roundRequests = new HashSet<>();
    em.createNamedQuery(ActionRound.OF_ACTION, ActionRound.class)
        .setParameter("action", action.getId())
        .getResultList()
        .forEach(round -> roundRequests.addAll(round.sendRequestIds()));
    Set<Long> wanting = wantingReports(deliveries.reachedBy(roundRequests));
    if (wanting.isEmpty()) {
      return Optional.empty();
    }
    RecipientSelection staged = deliveries.stage(wanting);
    SendRequest request =
        deliveries.submit(
            SendOrder.mail(
                "action-" + action.getId() + "-report",
                SendPriority.NORMAL,
                "Actieverslag Burgernetactie " + action.getId(),
                "Burgernet actieverslag: " + report.getTitle(),
                mailBody(report)),
            staged);
    deliveries.discard(staged);
    return Optional.of(request);
  }

  private String mailBody(ActionReport report) {
    return "Beste {{naam}},\n\n"
        + report.getBody()
        + "\n\nHet verslag staat ook op "
        + publicBaseUrl
        + "/actieverslag.xhtml?id="
        + report.getId()
        + "\n\nU krijgt dit verslag omdat u op Mijn Burgernet heeft aangegeven verslagen van"
        + " acties in uw buurt te willen ontvangen. Daar zet u dit ook weer uit. Afmelden voor"
        + " Burgernet: {{afmeldlink}}\n";
  }

  private Set<Long> wantingReports(Set<Long> participantIds) {
    List<Long> ids = new ArrayList<>(participantIds);
    Set<Long> wanting = new HashSet<>();
    for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
      wanting.addAll(
          em.createNamedQuery(Participant.WANTING_ACTION_REPORTS, Long.class)
              .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY)))
              .getResultList());
    }
    return wanting;
  }
}
