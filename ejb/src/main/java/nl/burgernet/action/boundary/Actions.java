package nl.burgernet.action.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.burgernet.action.entity.GeoPoint;
import nl.burgernet.participant.entity.Channel;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.entity.StaffRole;

/**
 * Burgernetacties of the caller's regional unit, from the first round to the outcome message: the
 * control-room operator starts, widens and closes them; tips arrive by SMS and from the operator.
 * Actions outside the caller's scope do not exist for the caller.
 */
@Stateless
@ScopeFiltered
@RolesAllowed({StaffRole.Names.CONTROL_ROOM_OPERATOR, StaffRole.Names.FUNCTIONAL_ADMINISTRATOR})
public class Actions {

  /** The texts the scenario would send with this description and callback number. */
  public MessagePreview preview(
      @NotNull Long scenarioId, String description, String callbackNumber) {
    throw new UnsupportedOperationException("step 1: API only");
  }

  /** Who a first round with this scenario would reach in the area now, per channel with ETA. */
  public Reach reach(
      @NotNull Long scenarioId,
      @NotNull @Valid AreaSpecification area,
      @NotEmpty Set<@NotNull Channel> channels) {
    throw new UnsupportedOperationException("step 1: API only");
  }

  /** Who widening the open action to the area would reach now: only those not reached yet. */
  public Reach widenedReach(@NotNull Long actionId, @NotNull @Valid AreaSpecification area) {
    throw new UnsupportedOperationException("step 1: API only");
  }

  /** The point of a Dutch address, to put a circle around; empty when it is not found. */
  public Optional<GeoPoint> locate(String postcode, int houseNumber) {
    throw new UnsupportedOperationException("step 1: API only");
  }

  /**
   * Starts the action and sends its first round (time-critical). The same idempotency key again
   * returns the action it started.
   */
  @RolesAllowed(StaffRole.Names.CONTROL_ROOM_OPERATOR)
  public ActionView start(@NotNull @Valid NewAction order) {
    throw new UnsupportedOperationException("step 1: API only");
  }

  /** Sends a further round to the participants in the area no earlier round reached. */
  @RolesAllowed(StaffRole.Names.CONTROL_ROOM_OPERATOR)
  public RoundView widen(@NotNull Long actionId, @NotNull @Valid Widening widening) {
    throw new UnsupportedOperationException("step 1: API only");
  }

  /** Records a tip the operator took, e.g. by phone; fires {@link TipReceived}. */
  @RolesAllowed(StaffRole.Names.CONTROL_ROOM_OPERATOR)
  public TipView addTip(@NotNull Long actionId, @NotNull @Valid OperatorTip tip) {
    throw new UnsupportedOperationException("step 1: API only");
  }

  /**
   * Closes the action with its outcome and sends the outcome message to every participant a round
   * reached, on the channels that reached them. Closing a closed action is refused.
   */
  @RolesAllowed(StaffRole.Names.CONTROL_ROOM_OPERATOR)
  public ActionView close(@NotNull Long actionId, @NotNull @Valid Closing closing) {
    throw new UnsupportedOperationException("step 1: API only");
  }

  /** The action with its rounds and tips; not found outside the caller's scope. */
  public ActionView find(@NotNull Long actionId) {
    throw new UnsupportedOperationException("step 1: API only");
  }

  /** Open actions first, then the newest closed ones, at most {@code maximum}. */
  public List<ActionSummary> latest(int maximum) {
    throw new UnsupportedOperationException("step 1: API only");
  }

  /** Every step and message of the action, in order. */
  public List<DossierEntryView> dossier(@NotNull Long actionId) {
    throw new UnsupportedOperationException("step 1: API only");
  }

  /** Recomputes the dossier's hash chain: shows whether any entry was changed or removed. */
  public DossierVerification verifyDossier(@NotNull Long actionId) {
    throw new UnsupportedOperationException("step 1: API only");
  }
}
