package nl.burgernet.web.participant;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import java.util.Map;
import java.util.Set;
import nl.burgernet.web.faces.Messages;

/**
 * Puts the contract's Bean Validation messages next to the fields they are about, marked invalid,
 * so each error is announced with its input (WCAG 3.3.1) instead of only at the top of the page.
 */
final class FieldErrors {

  /** Property path of {@code ParticipantDetails} to the id of its input on the pages. */
  private static final Map<String, String> FIELDS =
      Map.ofEntries(
          Map.entry("name", "name"),
          Map.entry("email", "email"),
          Map.entry("mobile", "mobile"),
          Map.entry("landline", "landline"),
          Map.entry("yearOfBirth", "year-of-birth"),
          Map.entry("channels", "channels"),
          Map.entry("home", "home-postcode"),
          Map.entry("home.postcode", "home-postcode"),
          Map.entry("home.houseNumber", "home-house-number"),
          Map.entry("home.addition", "home-addition"),
          Map.entry("home.street", "home-street"),
          Map.entry("home.place", "home-place"),
          Map.entry("work.postcode", "work-postcode"),
          Map.entry("work.houseNumber", "work-house-number"),
          Map.entry("work.addition", "work-addition"),
          Map.entry("work.street", "work-street"),
          Map.entry("work.place", "work-place"),
          Map.entry("missing", "missing"));

  private FieldErrors() {}

  /** Returns whether there were violations; each one is shown at its field. */
  static <T> boolean show(FacesContext context, String formId, Set<ConstraintViolation<T>> found) {
    return show(context, formId, null, found);
  }

  /**
   * As {@link #show(FacesContext, String, Set)} for a part of the details validated on its own,
   * e.g. an {@code AddressDetails} whose paths are prefixed with "home".
   */
  static <T> boolean show(
      FacesContext context, String formId, String prefix, Set<ConstraintViolation<T>> found) {
    for (ConstraintViolation<T> violation : found) {
      String path = violation.getPropertyPath().toString();
      String fieldId = FIELDS.get(prefix == null ? path : prefix + "." + path);
      String clientId = null;
      if (fieldId != null) {
        UIComponent input = context.getViewRoot().findComponent(formId + ":" + fieldId);
        if (input != null) {
          clientId = input.getClientId(context);
          if (input instanceof UIInput field) {
            field.setValid(false);
          }
        }
      }
      Messages.error(context, clientId, violation.getMessage());
    }
    if (!found.isEmpty()) {
      context.validationFailed();
    }
    return !found.isEmpty();
  }
}
