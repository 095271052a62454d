package nl.burgernet.web.participant;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.burgernet.participant.boundary.ParticipantQueues;
import nl.burgernet.participant.entity.MergeField;
import nl.burgernet.participant.entity.Participant;
import nl.burgernet.web.faces.Messages;
import nl.burgernet.web.faces.ViewIds;

/**
 * /portal/relatiebeheer/samenvoegen.xhtml?id=N: a registration from the quarantine queue side by
 * side with the existing participants who have the same phone number or e-mail address. The
 * relation manager ticks which values to take from the registration and merges it into one of them,
 * or approves it as a different person.
 */
@Named("merge")
@ViewScoped
public class MergeBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ParticipantQueues queues;

  @Inject private ParticipantTexts texts;

  private String id;
  private ParticipantCard registration;
  private List<ParticipantCard> duplicates = List.of();
  private MergeField[] taken = new MergeField[0];
  private String outcome;
  private Long outcomeParticipant;

  /** View action: the registration and its duplicates as they are now. */
  public void load() {
    long registrationId = ViewIds.parse(id, "Participant");
    registration = ParticipantCard.of(queues.find(registrationId), texts);
    duplicates =
        registration.isQuarantined()
            ? queues.duplicatesOf(registrationId).stream()
                .map(participant -> ParticipantCard.of(participant, texts))
                .toList()
            : List.of();
  }

  public void mergeInto(long participantId) {
    Set<MergeField> fields =
        taken.length == 0 ? EnumSet.noneOf(MergeField.class) : EnumSet.copyOf(Arrays.asList(taken));
    Participant merged = queues.merge(registration.getId(), participantId, fields);
    done("merge.done", merged.getName(), merged.getId());
  }

  public void approveAsDistinct() {
    Participant approved = queues.approve(registration.getId());
    done("workList.approved." + approved.getStatus().name(), approved.getName(), approved.getId());
  }

  private void done(String messageKey, String name, long participantId) {
    FacesContext context = FacesContext.getCurrentInstance();
    outcome = Messages.text(context, messageKey, name);
    outcomeParticipant = participantId;
    Messages.info(context, outcome);
    load();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public ParticipantCard getRegistration() {
    return registration;
  }

  public List<ParticipantCard> getDuplicates() {
    return duplicates;
  }

  public MergeField[] getTaken() {
    return taken;
  }

  public void setTaken(MergeField[] taken) {
    this.taken = taken;
  }

  public String getOutcome() {
    return outcome;
  }

  public Long getOutcomeParticipant() {
    return outcomeParticipant;
  }
}
