package nl.burgernet.web.faces;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * The language of the portal's texts: Dutch unless the user chooses English. Kept per session, so a
 * browser that asks for English still starts in Dutch, the language of the organisation.
 */
@Named
@SessionScoped
public class LocaleChoice implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final Locale DUTCH = Locale.forLanguageTag("nl");
  public static final Locale ENGLISH = Locale.forLanguageTag("en");

  private Locale locale = DUTCH;

  public Locale getLocale() {
    return locale;
  }

  /** Switches the language and shows the same page again, with its parameters. */
  public String choose(String language) {
    locale = ENGLISH.getLanguage().equals(language) ? ENGLISH : DUTCH;
    FacesContext context = FacesContext.getCurrentInstance();
    context.getViewRoot().setLocale(locale);
    return context.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
  }
}
