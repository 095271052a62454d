package nl.burgernet.web.mail;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.burgernet.mail.boundary.InquiryForm;
import nl.burgernet.mail.boundary.InquiryForms;
import nl.burgernet.mail.entity.InquiryAnswer;
import nl.burgernet.mail.entity.InquiryQuestion;
import nl.burgernet.platform.boundary.InvalidInputException;
import nl.burgernet.web.faces.Formats;

/**
 * /buurtonderzoek.xhtml?bericht=N&amp;code=C: the form a resident opens with the personal link in a
 * Digitaal Buurtonderzoek (no login). Opening it changes nothing; one answer per link.
 */
@Named("inquiryForm")
@ViewScoped
public class InquiryFormBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private InquiryForms forms;

  private String delivery;
  private String code;
  private transient InquiryForm form;
  private final Map<Long, String> replies = new HashMap<>();
  private transient Part photo;
  private boolean done;

  /** View action. */
  public void load() {
    Long id = deliveryId();
    form =
        id == null
            ? new InquiryForm(InquiryForm.State.UNKNOWN, null, List.of())
            : forms.open(id, code);
  }

  public void send() {
    Map<Long, String> sent = new HashMap<>();
    for (InquiryQuestion question : getForm().questions()) {
      String reply = replies.get(question.getId());
      sent.put(
          question.getId(),
          switch (question.getKind()) {
            case TIME_SEEN -> instantOf(reply);
            default -> reply;
          });
    }
    forms.answer(deliveryId(), code, sent, photoBytes());
    done = true;
  }

  /** The browser's date-time field gives local time: Amsterdam's. */
  private static String instantOf(String localDateTime) {
    if (localDateTime == null || localDateTime.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(localDateTime.strip())
          .atZone(Formats.AMSTERDAM)
          .toInstant()
          .toString();
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("inquiry.timeSeen.invalid");
    }
  }

  /** Read no further than the limit: a larger file is refused without holding it in memory. */
  private byte[] photoBytes() {
    if (photo == null || photo.getSize() == 0) {
      return null;
    }
    long limit = InquiryForms.PHOTO_LIMITS.maximumBytes();
    if (photo.getSize() > limit) {
      throw new InvalidInputException(
          InquiryForms.PHOTO_LIMITS.tooLargeKey(), limit / (1024 * 1024));
    }
    try (InputStream in = photo.getInputStream()) {
      return in.readNBytes((int) limit + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Long deliveryId() {
    return delivery != null && delivery.matches("\\d{1,18}") ? Long.valueOf(delivery) : null;
  }

  public boolean isOpen() {
    return getForm().state() == InquiryForm.State.OPEN && !done;
  }

  public boolean isAnswered() {
    return getForm().state() == InquiryForm.State.ANSWERED && !done;
  }

  public boolean isClosed() {
    return getForm().state() == InquiryForm.State.CLOSED;
  }

  public boolean isUnknown() {
    return getForm().state() == InquiryForm.State.UNKNOWN;
  }

  public boolean isDone() {
    return done;
  }

  public InquiryForm getForm() {
    if (form == null) {
      load();
    }
    return form;
  }

  public int getReplyLength() {
    return InquiryAnswer.REPLY_LENGTH;
  }

  public Map<Long, String> getReplies() {
    return replies;
  }

  public Part getPhoto() {
    return photo;
  }

  public void setPhoto(Part photo) {
    this.photo = photo;
  }

  public String getDelivery() {
    return delivery;
  }

  public void setDelivery(String delivery) {
    this.delivery = delivery;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
