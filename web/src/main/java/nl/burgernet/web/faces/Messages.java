package nl.burgernet.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The texts of the portal (bundle {@code nl.burgernet.web.messages}, var {@code msg}). */
public final class Messages {

  static final String BUNDLE_VAR = "msg";

  private Messages() {}

  public static ResourceBundle bundle(FacesContext context) {
    return context.getApplication().getResourceBundle(context, BUNDLE_VAR);
  }

  public static boolean exists(FacesContext context, String key) {
    return bundle(context).containsKey(key);
  }

  /** The text under the key in the view's language, with the arguments filled in. */
  public static String text(FacesContext context, String key, Object... arguments) {
    String pattern;
    try {
      pattern = bundle(context).getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    if (arguments.length == 0) {
      return pattern;
    }
    return new MessageFormat(pattern, context.getViewRoot().getLocale()).format(arguments);
  }

  /** Shows an error; {@code clientId} null makes it a message for the whole page. */
  public static void error(FacesContext context, String clientId, String text) {
    context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }

  public static void info(FacesContext context, String text) {
    context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
  }
}
