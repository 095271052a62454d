package nl.burgernet.web.mail;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import nl.burgernet.mail.boundary.NeighbourhoodInquiries;
import nl.burgernet.mail.boundary.QuestionDraft;
import nl.burgernet.mail.entity.InquiryQuestion;
import nl.burgernet.mail.entity.InquiryQuestionKind;
import nl.burgernet.platform.boundary.NotFoundException;
import nl.burgernet.web.faces.Messages;

/**
 * /portal/burgernetmail/vragen.xhtml?id=N: the questions of a Digitaal Buurtonderzoek. Whoever sees
 * the mail sees them; its author changes them until the mail goes to review.
 */
@Named("inquiryQuestions")
@ViewScoped
public class InquiryQuestionsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private NeighbourhoodInquiries inquiries;

  private String id;
  private boolean changeable;
  private final List<Row> rows = new ArrayList<>();

  /** A question as the editor holds it. */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private InquiryQuestionKind kind = InquiryQuestionKind.TEXT;
    private String text;

    public InquiryQuestionKind getKind() {
      return kind;
    }

    public void setKind(InquiryQuestionKind kind) {
      this.kind = kind;
    }

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }
  }

  /** View action. */
  public void load() {
    long mailId = mailId();
    rows.clear();
    for (InquiryQuestion question : inquiries.questions(mailId)) {
      Row row = new Row();
      row.kind = question.getKind();
      row.text = question.getText();
      rows.add(row);
    }
    changeable = inquiries.mayChangeQuestions(mailId);
    if (changeable && rows.isEmpty()) {
      add();
    }
  }

  public void add() {
    if (rows.size() < InquiryQuestion.MAXIMUM_QUESTIONS) {
      rows.add(new Row());
    }
  }

  public void remove(Row row) {
    rows.remove(row);
  }

  public void save() {
    inquiries.changeQuestions(
        mailId(), rows.stream().map(row -> new QuestionDraft(row.kind, row.text)).toList());
    FacesContext context = FacesContext.getCurrentInstance();
    Messages.info(context, Messages.text(context, "inquiry.questions.saved"));
    load();
  }

  private long mailId() {
    try {
      return Long.parseLong(id == null ? "" : id.strip());
    } catch (NumberFormatException e) {
      throw new NotFoundException("BurgernetMail", id);
    }
  }

  public InquiryQuestionKind[] getKinds() {
    return InquiryQuestionKind.values();
  }

  public int getTextLength() {
    return InquiryQuestion.TEXT_LENGTH;
  }

  public boolean isChangeable() {
    return changeable;
  }

  public List<Row> getRows() {
    return rows;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
