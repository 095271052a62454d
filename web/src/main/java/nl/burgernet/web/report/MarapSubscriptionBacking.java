package nl.burgernet.web.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.burgernet.report.boundary.MarapSubscriptions;
import nl.burgernet.web.faces.Messages;

/** The switch on the MARAP page: the quarterly report by mail, on or off. */
@Named("marapSubscription")
@RequestScoped
public class MarapSubscriptionBacking {

  @Inject private MarapSubscriptions subscriptions;

  @Inject private FacesContext faces;

  private Boolean subscribed;

  public boolean isSubscribed() {
    if (subscribed == null) {
      subscribed = subscriptions.isSubscribed();
    }
    return subscribed;
  }

  public void toggle() {
    if (isSubscribed()) {
      subscriptions.unsubscribe();
      Messages.info(faces, Messages.text(faces, "marap.subscription.off"));
    } else {
      subscriptions.subscribe();
      Messages.info(faces, Messages.text(faces, "marap.subscription.on"));
    }
    subscribed = !subscribed;
  }
}
