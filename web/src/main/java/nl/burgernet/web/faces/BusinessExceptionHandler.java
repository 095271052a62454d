package nl.burgernet.web.faces;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.burgernet.platform.boundary.BusinessException;
import nl.burgernet.platform.boundary.NotFoundException;

/**
 * The one place where failures meet the user, so backing beans need no try/catch. A refused
 * business request (BusinessException, Bean Validation of a service contract) becomes a Dutch
 * message on the current page, also in ajax requests; an unknown or out-of-scope object becomes
 * HTTP 404; an expired view goes to the expired page; everything else is logged and shown as the
 * error page, never as a stack trace.
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {

  /** Public copies of the WEB-INF error pages, for ajax requests, which can only redirect. */
  static final String EXPIRED_PAGE = "/sessie-verlopen.xhtml";

  static final String ERROR_PAGE = "/fout.xhtml";

  // not a CDI bean (the Faces factory creates it), so the logger is not injected
  private static final Logger LOGGER = Logger.getLogger(BusinessExceptionHandler.class.getName());

  private static final int MAX_CAUSE_DEPTH = 20;

  public BusinessExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext context = FacesContext.getCurrentInstance();
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      Throwable thrown = events.next().getContext().getException();
      events.remove();
      try {
        handle(context, thrown);
      } catch (IOException e) {
        throw new FacesException(e);
      }
    }
    getWrapped().handle();
  }

  private void handle(FacesContext context, Throwable thrown) throws IOException {
    boolean ajax = context.getPartialViewContext().isAjaxRequest();
    boolean rendering = context.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE;

    if (find(thrown, ViewExpiredException.class) != null) {
      redirect(context, EXPIRED_PAGE);
      return;
    }
    NotFoundException notFound = find(thrown, NotFoundException.class);
    if (notFound != null && (!ajax || rendering)) {
      sendError(context, HttpServletResponse.SC_NOT_FOUND, thrown);
      return;
    }
    if (find(thrown, EJBAccessException.class) != null && (!ajax || rendering)) {
      sendError(context, HttpServletResponse.SC_FORBIDDEN, thrown);
      return;
    }
    if (!rendering && show(context, thrown)) {
      context.validationFailed();
      context.renderResponse();
      return;
    }
    String viewId = context.getViewRoot() == null ? "-" : context.getViewRoot().getViewId();
    LOGGER.log(Level.SEVERE, "Unexpected failure in view " + viewId, thrown);
    if (ajax) {
      redirect(context, ERROR_PAGE);
    } else {
      sendError(context, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, thrown);
    }
  }

  /** Adds the messages for a failure the user can act on; false when it is not such a failure. */
  private static boolean show(FacesContext context, Throwable thrown) {
    if (find(thrown, EJBAccessException.class) != null) {
      Messages.error(context, null, Messages.text(context, "error.forbidden"));
      return true;
    }
    BusinessException business = find(thrown, BusinessException.class);
    if (business != null) {
      Messages.error(context, null, text(context, business));
      return true;
    }
    ConstraintViolationException violations = find(thrown, ConstraintViolationException.class);
    if (violations != null && !violations.getConstraintViolations().isEmpty()) {
      // the service contracts carry their messages in Dutch (ValidationMessages.properties)
      violations.getConstraintViolations().stream()
          .map(ConstraintViolation::getMessage)
          .distinct()
          .sorted()
          .forEach(message -> Messages.error(context, null, message));
      return true;
    }
    if (find(thrown, OptimisticLockException.class) != null) {
      Messages.error(context, null, Messages.text(context, "error.concurrentChange"));
      return true;
    }
    return false;
  }

  private static String text(FacesContext context, BusinessException business) {
    if (!Messages.exists(context, business.getMessageKey())) {
      LOGGER.warning(() -> "No text for business message key " + business.getMessageKey());
      return Messages.text(context, "error.business");
    }
    return Messages.text(context, business.getMessageKey(), business.getArguments().toArray());
  }

  private static void redirect(FacesContext context, String page) throws IOException {
    ExternalContext external = context.getExternalContext();
    if (external.isResponseCommitted()) {
      LOGGER.warning(() -> "Response already committed, cannot redirect to " + page);
    } else {
      external.redirect(external.getRequestContextPath() + page);
    }
    context.responseComplete();
  }

  /** Lets the container show the error page that web.xml maps to the status. */
  private static void sendError(FacesContext context, int status, Throwable thrown)
      throws IOException {
    ExternalContext external = context.getExternalContext();
    if (external.isResponseCommitted()) {
      LOGGER.log(Level.WARNING, "Response already committed, cannot send status " + status, thrown);
    } else {
      external.responseReset();
      external.responseSendError(status, null);
    }
    context.responseComplete();
  }

  /** The first exception of the type in the cause chain (EJBException, FacesException, EL). */
  private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
    Throwable current = thrown;
    for (int depth = 0; current != null && depth < MAX_CAUSE_DEPTH; depth++) {
      if (type.isInstance(current)) {
        return type.cast(current);
      }
      current = current.getCause();
    }
    return null;
  }
}
