package nl.burgernet.web.faces;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Gives every new view the language of {@link LocaleChoice} instead of the browser's, from the
 * moment the view is created: view actions and the exception handler then already speak the user's
 * language, not only the rendered page.
 */
public class LocaleViewHandler extends ViewHandlerWrapper {

  public LocaleViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Locale calculateLocale(FacesContext context) {
    return CDI.current().select(LocaleChoice.class).get().getLocale();
  }
}
