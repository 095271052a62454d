package nl.burgernet.web.participant;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.burgernet.participant.boundary.ParticipantQueues;
import nl.burgernet.participant.boundary.QueueCounts;
import nl.burgernet.participant.entity.AddressChange;
import nl.burgernet.participant.entity.Participant;
import nl.burgernet.participant.entity.ParticipantStatus;
import nl.burgernet.web.faces.Messages;

/**
 * /portal/relatiebeheer/werkbakken.xhtml: the relation manager's verification and quarantine queues
 * and the address changes participants asked for, each with approve and reject-with-reason, and the
 * participants whose e-mail address bounced, to fix on their participant page. Business refusals
 * reach the user through the exception handler.
 */
@Named("workLists")
@ViewScoped
public class WorkListBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ParticipantQueues queues;

  private QueueCounts counts = QueueCounts.NONE;
  private List<WorkListRow> verification = List.of();
  private List<WorkListRow> quarantine = List.of();
  private List<AddressChangeRow> addressChanges = List.of();
  private List<WorkListRow> badEmailAddresses = List.of();
  private Long rejecting;
  private String rejectionReason;
  private Long rejectingAddressChange;
  private String addressRejectionReason;

  /** View action: the queues as they are now. */
  public void load() {
    FacesContext context = FacesContext.getCurrentInstance();
    counts = queues.counts();
    verification = rows(context, ParticipantStatus.VERIFICATION);
    quarantine = rows(context, ParticipantStatus.QUARANTINE);
    badEmailAddresses =
        queues.badEmailAddresses().stream()
            .map(participant -> WorkListRow.of(participant, participant.getEmailBounceDiagnostic()))
            .toList();
    addressChanges =
        queues.addressChanges().stream()
            .map(
                change ->
                    AddressChangeRow.of(
                        change,
                        Messages.text(
                            context,
                            change.getHome().isLocated()
                                ? "workList.addressChanges.located"
                                : "workList.addressChanges.notLocated")))
            .toList();
  }

  public void approveAddressChange(long id) {
    AddressChange approved = queues.approveAddressChange(id);
    done("workList.addressChanges.approved", approved.getParticipant().getName());
  }

  public void startRejectingAddressChange(long id) {
    rejectingAddressChange = id;
    addressRejectionReason = null;
  }

  public void rejectAddressChange() {
    AddressChange rejected =
        queues.rejectAddressChange(rejectingAddressChange, addressRejectionReason);
    rejectingAddressChange = null;
    done("workList.addressChanges.rejected", rejected.getParticipant().getName());
  }

  public void approve(long id) {
    Participant approved = queues.approve(id);
    done("workList.approved." + approved.getStatus().name(), approved.getName());
  }

  public void startRejecting(long id) {
    rejecting = id;
    rejectionReason = null;
  }

  public void reject() {
    Participant rejected = queues.reject(rejecting, rejectionReason);
    rejecting = null;
    done("workList.rejected", rejected.getName());
  }

  private void done(String messageKey, String name) {
    FacesContext context = FacesContext.getCurrentInstance();
    Messages.info(context, Messages.text(context, messageKey, name));
    load();
  }

  private List<WorkListRow> rows(FacesContext context, ParticipantStatus queue) {
    return queues.queue(queue).stream()
        .map(
            participant ->
                WorkListRow.of(
                    participant,
                    Messages.text(
                        context, "workList.reason." + participant.getQueueReason().name())))
        .toList();
  }

  public long getVerificationCount() {
    return counts.verification();
  }

  public long getQuarantineCount() {
    return counts.quarantine();
  }

  public long getAddressChangeCount() {
    return counts.addressChanges();
  }

  public long getBadEmailAddressCount() {
    return counts.badEmailAddresses();
  }

  public List<WorkListRow> getBadEmailAddresses() {
    return badEmailAddresses;
  }

  public List<AddressChangeRow> getAddressChanges() {
    return addressChanges;
  }

  public String getAddressRejectionReason() {
    return addressRejectionReason;
  }

  public void setAddressRejectionReason(String addressRejectionReason) {
    this.addressRejectionReason = addressRejectionReason;
  }

  public List<WorkListRow> getVerification() {
    return verification;
  }

  public List<WorkListRow> getQuarantine() {
    return quarantine;
  }

  public String getRejectionReason() {
    return rejectionReason;
  }

  public void setRejectionReason(String rejectionReason) {
    this.rejectionReason = rejectionReason;
  }
}
