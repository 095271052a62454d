package nl.burgernet.web.participant;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import java.io.Serializable;
import nl.burgernet.participant.boundary.ParticipantDetails;
import nl.burgernet.participant.boundary.ParticipantQueues;
import nl.burgernet.participant.boundary.Participants;
import nl.burgernet.participant.entity.Participant;
import nl.burgernet.web.faces.Messages;
import nl.burgernet.web.faces.ViewIds;
import nl.burgernet.web.portal.CurrentStaff;

/**
 * /portal/deelnemers/deelnemer.xhtml?id=N: one participant or registration for the relation manager
 * and the helpdesk; the relation manager corrects the details here with the same rules as the
 * registration page. An id that is no number, unknown or outside the caller's scope is the same
 * "not found" (HTTP 404).
 */
@Named("participantDetail")
@ViewScoped
public class ParticipantDetailBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String FORM = "edit-form";

  @Inject private Participants participants;

  @Inject private ParticipantQueues queues;

  @Inject private ParticipantTexts texts;

  @Inject private CurrentStaff staff;

  @Inject private Validator validator;

  private String id;
  private ParticipantCard card;
  private RegistrationForm form;

  /** View action: the participant as stored now, and a form filled with it. */
  public void load() {
    show(participants.find(ViewIds.parse(id, "Participant")));
  }

  public void save() {
    FacesContext context = FacesContext.getCurrentInstance();
    ParticipantDetails details = form.toDetails();
    if (FieldErrors.show(context, FORM, validator.validate(details))) {
      return;
    }
    Participant saved = queues.edit(card.getId(), details);
    Messages.info(context, Messages.text(context, "participantDetail.saved", saved.getName()));
    show(saved);
  }

  private void show(Participant participant) {
    card = ParticipantCard.of(participant, texts);
    form =
        staff.isRelationManager() && card.isEditable()
            ? RegistrationForm.of(ParticipantDetails.of(participant))
            : null;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public ParticipantCard getCard() {
    return card;
  }

  public RegistrationForm getForm() {
    return form;
  }
}
