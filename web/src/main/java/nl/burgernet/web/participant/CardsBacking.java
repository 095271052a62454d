package nl.burgernet.web.participant;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.burgernet.participant.boundary.CardNotes;
import nl.burgernet.participant.boundary.ParticipantDetails;
import nl.burgernet.participant.boundary.RegistrationCards;
import nl.burgernet.participant.boundary.RegistrationReceipt;
import nl.burgernet.participant.entity.CallResult;
import nl.burgernet.participant.entity.RegistrationCard;
import nl.burgernet.web.faces.Formats;
import nl.burgernet.web.faces.Messages;

/**
 * /portal/relatiebeheer/aanmeldkaarten.xhtml: the relation manager types in a paper registration
 * card with the same fields and rules as the registration page; an incomplete card goes to the
 * call-back list, where calls are recorded and the card is completed or closed.
 */
@Named("cards")
@ViewScoped
public class CardsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String FORM = "card-form";

  @Inject private RegistrationCards cards;

  @Inject private Validator validator;

  @Inject private Formats formats;

  private RegistrationForm form = new RegistrationForm();
  private String missing;
  private Long completing;
  private List<CardRow> callBack = List.of();
  private long callBackCount;
  private Long calling;
  private CallResult callResult;
  private String callNote;

  /** View action: the call-back list as it is now. */
  public void load() {
    FacesContext context = FacesContext.getCurrentInstance();
    callBackCount = cards.callBackCount();
    callBack =
        cards.callBackList().stream()
            .map(card -> CardRow.of(card, lastCall(context, card)))
            .toList();
  }

  /** Registers the card as typed in (or the card being completed); refusals show at the fields. */
  public void register() {
    FacesContext context = FacesContext.getCurrentInstance();
    ParticipantDetails details = form.toDetails();
    if (FieldErrors.show(context, FORM, validator.validate(details))) {
      return;
    }
    RegistrationReceipt receipt =
        completing == null ? cards.enter(details) : cards.complete(completing, details);
    Messages.info(
        context,
        Messages.text(context, "cards.registered." + receipt.status().name(), details.name()));
    reset();
    load();
  }

  /** Puts the card as typed in on the call-back list, with what is missing. */
  public void holdForCallBack() {
    FacesContext context = FacesContext.getCurrentInstance();
    CardNotes notes =
        new CardNotes(
            form.getName(),
            firstGiven(form.getMobile(), form.getLandline()),
            form.getEmail(),
            addressLine(),
            missing);
    if (FieldErrors.show(context, FORM, validator.validate(notes))) {
      return;
    }
    RegistrationCard card = cards.holdForCallBack(notes);
    Messages.info(context, Messages.text(context, "cards.held", display(card)));
    reset();
    load();
  }

  /** Fills the form with what the card says, to complete it while on the phone. */
  public void startCompleting(long id) {
    RegistrationCard card = cards.card(id);
    reset();
    completing = id;
    form.setName(card.getName());
    form.setEmail(card.getEmail());
    form.setMobile(card.getPhone());
    missing = card.getMissing();
  }

  public void cancelCompleting() {
    reset();
  }

  public void startCall(long id) {
    calling = id;
    callResult = null;
    callNote = null;
  }

  public void recordCall() {
    RegistrationCard card = cards.recordCall(calling, callResult, callNote);
    calling = null;
    FacesContext context = FacesContext.getCurrentInstance();
    Messages.info(context, Messages.text(context, "cards.called", display(card)));
    load();
  }

  public void close(long id) {
    RegistrationCard card = cards.close(id);
    FacesContext context = FacesContext.getCurrentInstance();
    Messages.info(context, Messages.text(context, "cards.closed", display(card)));
    load();
  }

  private void reset() {
    form = new RegistrationForm();
    missing = null;
    completing = null;
  }

  private String lastCall(FacesContext context, RegistrationCard card) {
    return card.getLastCall()
        .map(
            call ->
                formats.dateTime(call.getCalledAt())
                    + ": "
                    + Messages.text(context, "cards.result." + call.getResult().name())
                    + (call.getNote() == null ? "" : " (" + call.getNote() + ")"))
        .orElse(Messages.text(context, "cards.notCalled"));
  }

  private String addressLine() {
    AddressForm address = form.getAddress();
    String line =
        Stream.of(
                address.getHomeStreet(),
                address.getHomeHouseNumber() == null
                    ? null
                    : String.valueOf(address.getHomeHouseNumber()),
                address.getHomeAddition(),
                address.getHomePostcode(),
                address.getHomePlace())
            .filter(part -> part != null && !part.isBlank())
            .collect(Collectors.joining(" "));
    return line.isBlank() ? null : line;
  }

  private static String firstGiven(String... texts) {
    return Arrays.stream(texts).filter(t -> t != null && !t.isBlank()).findFirst().orElse(null);
  }

  private static String display(RegistrationCard card) {
    return card.getName() == null ? "#" + card.getId() : card.getName();
  }

  public List<SelectItem> getCallResultItems() {
    FacesContext context = FacesContext.getCurrentInstance();
    return Arrays.stream(CallResult.values())
        .map(
            result ->
                new SelectItem(result, Messages.text(context, "cards.result." + result.name())))
        .toList();
  }

  public RegistrationForm getForm() {
    return form;
  }

  public String getMissing() {
    return missing;
  }

  public void setMissing(String missing) {
    this.missing = missing;
  }

  public boolean isCompleting() {
    return completing != null;
  }

  public List<CardRow> getCallBack() {
    return callBack;
  }

  public long getCallBackCount() {
    return callBackCount;
  }

  public CallResult getCallResult() {
    return callResult;
  }

  public void setCallResult(CallResult callResult) {
    this.callResult = callResult;
  }

  public String getCallNote() {
    return callNote;
  }

  public void setCallNote(String callNote) {
    this.callNote = callNote;
  }
}
