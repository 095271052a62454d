package nl.burgernet.web.participant;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import nl.burgernet.participant.boundary.Unsubscriptions;
import nl.burgernet.participant.entity.UnsubscribeLinks;
import nl.burgernet.participant.entity.UnsubscribeReason;
import nl.burgernet.participant.entity.Unsubscription;
import nl.burgernet.web.faces.Messages;

/**
 * /afmelden.xhtml?token=...: the unsubscribe link in every message. Opening it changes nothing
 * (mail scanners open links too); one button unsubscribes, with an optional reason and remark.
 */
@Named("unsubscription")
@ViewScoped
public class UnsubscribeBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Unsubscriptions unsubscriptions;

  private String token;

  /** The delivery the link names, if any (the page's view parameter {@code bericht}). */
  private String delivery;

  private Unsubscriptions.LinkState state = Unsubscriptions.LinkState.UNKNOWN;

  private boolean done;

  private UnsubscribeReason reason;

  private String remark;

  /** View action: whether the link's participant can still leave. */
  public void load() {
    state = unsubscriptions.state(token);
  }

  public void unsubscribe() {
    unsubscriptions.unsubscribe(token, UnsubscribeLinks.deliveryId(delivery), reason, remark);
    done = true;
  }

  public List<SelectItem> getReasonItems() {
    FacesContext context = FacesContext.getCurrentInstance();
    return Arrays.stream(UnsubscribeReason.values())
        .map(
            choice ->
                new SelectItem(
                    choice, Messages.text(context, "unsubscribe.reason." + choice.name())))
        .toList();
  }

  /** The link works and the participant still takes part. */
  public boolean isPossible() {
    return state == Unsubscriptions.LinkState.OPEN && !done;
  }

  /** The link works, but the participant already left or was never admitted. */
  public boolean isAlreadyGone() {
    return state == Unsubscriptions.LinkState.GONE;
  }

  /** No participant has this link (mistyped or cut short). */
  public boolean isUnknown() {
    return state == Unsubscriptions.LinkState.UNKNOWN;
  }

  public int getRemarkLength() {
    return Unsubscription.REMARK_LENGTH;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getDelivery() {
    return delivery;
  }

  public void setDelivery(String delivery) {
    this.delivery = delivery;
  }

  public boolean isDone() {
    return done;
  }

  public UnsubscribeReason getReason() {
    return reason;
  }

  public void setReason(UnsubscribeReason reason) {
    this.reason = reason;
  }

  public String getRemark() {
    return remark;
  }

  public void setRemark(String remark) {
    this.remark = remark;
  }
}
