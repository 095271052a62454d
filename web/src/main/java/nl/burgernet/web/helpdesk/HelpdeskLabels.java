package nl.burgernet.web.helpdesk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import nl.burgernet.helpdesk.boundary.TicketFilter;
import nl.burgernet.helpdesk.entity.ComplaintCategory;
import nl.burgernet.helpdesk.entity.HelpdeskLine;
import nl.burgernet.helpdesk.entity.IssueKind;
import nl.burgernet.helpdesk.entity.IssueStatus;
import nl.burgernet.helpdesk.entity.ReceivedBy;
import nl.burgernet.helpdesk.entity.TicketKind;
import nl.burgernet.helpdesk.entity.TicketStatus;
import nl.burgernet.web.faces.Messages;

/**
 * Names of the helpdesk's codes in the language of the view, under the key {@code
 * helpdesk.<EnumType>.<NAME>}, and the choices of its forms.
 */
@Named
@ApplicationScoped
public class HelpdeskLabels {

  public String of(Enum<?> value) {
    return value == null ? "" : text(value);
  }

  public List<SelectItem> getKinds() {
    return items(TicketKind.values());
  }

  public List<SelectItem> getCategories() {
    return items(ComplaintCategory.values());
  }

  public List<SelectItem> getReceivedBy() {
    return items(ReceivedBy.values());
  }

  public List<SelectItem> getStatuses() {
    return items(TicketStatus.values());
  }

  public List<SelectItem> getLines() {
    return items(HelpdeskLine.values());
  }

  /** "Mine" and "nobody's" in the ticket list's filter; anyone's is no choice. */
  public List<SelectItem> getAssignees() {
    return items(TicketFilter.Assignee.values());
  }

  public List<SelectItem> getIssueKinds() {
    return items(IssueKind.values());
  }

  public List<SelectItem> getIssueStatuses() {
    return items(IssueStatus.values());
  }

  private static List<SelectItem> items(Enum<?>[] values) {
    return Arrays.stream(values).map(value -> new SelectItem(value, text(value))).toList();
  }

  private static String text(Enum<?> value) {
    return Messages.text(
        FacesContext.getCurrentInstance(),
        "helpdesk." + value.getDeclaringClass().getSimpleName() + "." + value.name());
  }
}
