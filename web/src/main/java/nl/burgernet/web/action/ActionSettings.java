package nl.burgernet.web.action;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The settings of the operator's action pages, in one application-scoped bean because the view-
 * scoped pages must stay serialisable (a configuration value injected there is not).
 */
@ApplicationScoped
public class ActionSettings {

  @Inject
  @ConfigProperty(name = "burgernet.action.callback-number", defaultValue = "0800-0011")
  String callbackNumber;

  /** The application instances (the delivery's setting): a push reaches only its own instance. */
  @Inject
  @ConfigProperty(name = "burgernet.delivery.instances", defaultValue = "1")
  int instances;

  /** The number proposed to participants to call with information on a new action. */
  public String callbackNumber() {
    return callbackNumber;
  }

  /** With more than one instance, a tip pushed by another instance must be polled for. */
  public boolean clustered() {
    return instances > 1;
  }
}
