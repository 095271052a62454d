package nl.burgernet.mail.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.burgernet.action.boundary.AreaSpecification;
import nl.burgernet.action.boundary.AreaSpecification.AreaKind;
import nl.burgernet.action.control.AreaSelection;
import nl.burgernet.action.control.AreaSpecifications;
import nl.burgernet.action.entity.Area;
import nl.burgernet.action.entity.Candidate;
import nl.burgernet.action.entity.PostcodeArea;
import nl.burgernet.delivery.boundary.ChannelEstimate;
import nl.burgernet.delivery.boundary.Deliveries;
import nl.burgernet.delivery.boundary.RecipientSelection;
import nl.burgernet.participant.entity.Channel;
import nl.burgernet.platform.boundary.InvalidInputException;
import nl.burgernet.platform.boundary.NotFoundException;
import nl.burgernet.reference.entity.Municipality;
import nl.burgernet.security.entity.Scope;

/**
 * Whom a Burgernetmail reaches: one rule for the composer's live count and for the send, so the two
 * never disagree. Always the delivery pipeline's rule for e-mail (active participants in the
 * caller's scope who want mail and whose address has not bounced; who unsubscribed is no longer
 * active or no longer wants mail), and further:
 *
 * <ul>
 *   <li>without an area, everyone who lives or works in the target municipality;
 *   <li>with a circle, polygon or postcodes, everyone who lives or works there (the action
 *       component's {@link AreaSelection}, the same as for an action) and belongs to the target
 *       municipality, so a mail never leaves the municipality it is sent for.
 * </ul>
 *
 * <p>Postcodes must lie in the municipality (its postcode areas): others are refused with their
 * names, rather than silently reaching nobody.
 */
@Dependent
public class MailAudience {

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private AreaSelection areaSelection;

  @Inject private Deliveries deliveries;

  /** Participants with e-mail the mail would reach now. */
  public long count(long municipalityId, Optional<AreaSpecification> area) {
    return reaching(
        municipalityId,
        area,
        selection ->
            deliveries.estimate(selection, EnumSet.of(Channel.EMAIL)).stream()
                .mapToLong(ChannelEstimate::recipients)
                .sum());
  }

  /**
   * Hands the recipients to the work (an estimate or a send) and cleans up after it.
   *
   * @throws InvalidInputException when the area is not one a mail can go to
   */
  public <T> T reaching(
      long municipalityId, Optional<AreaSpecification> area, Function<RecipientSelection, T> work) {
    if (area.isEmpty()) {
      return work.apply(RecipientSelection.municipalities(Set.of(municipalityId)));
    }
    Municipality municipality = municipality(municipalityId);
    Area checked = within(municipality, area.get());
    Set<Long> inArea =
        areaSelection
            .candidates(
                checked, Scope.municipality(municipality.getRegion().getId(), municipalityId))
            .stream()
            .map(Candidate::participantId)
            .collect(Collectors.toSet());
    if (inArea.isEmpty()) {
      return work.apply(RecipientSelection.participants(Set.of()));
    }
    RecipientSelection staged = deliveries.stage(inArea);
    T result = work.apply(staged);
    deliveries.discard(staged);
    return result;
  }

  /**
   * Refuses an area a mail cannot be sent to: not a circle, polygon or postcodes, or postcodes
   * outside the municipality.
   */
  public void check(long municipalityId, AreaSpecification area) {
    within(municipality(municipalityId), area);
  }

  private Municipality municipality(long id) {
    Municipality municipality = em.find(Municipality.class, id);
    if (municipality == null) {
      throw new NotFoundException("Municipality", id);
    }
    return municipality;
  }

  /** The area as the domain's, refused when it is not a part of the municipality. */
  private Area within(Municipality municipality, AreaSpecification specification) {
    if (specification.kind() == AreaKind.MUNICIPALITIES) {
      throw new InvalidInputException("mail.target.kind");
    }
    Area area = AreaSpecifications.toArea(specification);
    if (area instanceof PostcodeArea postcodes) {
      Set<String> own = postcodeAreasOf(municipality);
      Set<String> outside =
          postcodes.postcodes().stream()
              .filter(postcode -> !own.contains(postcode.substring(0, 4)))
              .collect(Collectors.toCollection(TreeSet::new));
      if (!outside.isEmpty()) {
        throw new InvalidInputException(
            "mail.target.postcodesOutside", String.join(", ", outside), municipality.getName());
      }
    }
    return area;
  }

  private Set<String> postcodeAreasOf(Municipality municipality) {
    return Set.copyOf(
        em.createNamedQuery(
                nl.burgernet.reference.entity.PostcodeArea.OF_MUNICIPALITY, String.class)
            .setParameter("municipality", municipality.getId())
            .getResultList());
  }
}
