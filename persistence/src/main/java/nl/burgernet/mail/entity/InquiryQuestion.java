package nl.burgernet.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * One question of a Digitaal Buurtonderzoek, asked of every recipient of its mail. Seen by whoever
 * sees the mail (the reviewer checks the questions with the text).
 */
@Entity
@Table(name = "inquiry_question")
@AdditionalCriteria(
    "(:scopeRegion = 0 OR this.scopeRegionId = :scopeRegion)"
        + " AND (:scopeMunicipality = 0 OR this.scopeMunicipalityId = :scopeMunicipality)")
@NamedQuery(
    name = InquiryQuestion.OF_MAIL,
    query = "SELECT q FROM InquiryQuestion q WHERE q.mailId = :mail ORDER BY q.position")
public class InquiryQuestion {

  public static final String OF_MAIL = "InquiryQuestion.ofMail";

  public static final int TEXT_LENGTH = 500;

  /** A form residents fill in on their phone stays short. */
  public static final int MAXIMUM_QUESTIONS = 10;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "mail_id", nullable = false, updatable = false)
  private Long mailId;

  @Column(nullable = false, updatable = false)
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private InquiryQuestionKind kind;

  @Column(name = "question", nullable = false, length = TEXT_LENGTH, updatable = false)
  private String text;

  @Column(name = "scope_region_id", updatable = false)
  private Long scopeRegionId;

  @Column(name = "scope_municipality_id", updatable = false)
  private Long scopeMunicipalityId;

  protected InquiryQuestion() {}

  public InquiryQuestion(BurgernetMail mail, int position, InquiryQuestionKind kind, String text) {
    this.mailId = Objects.requireNonNull(mail.getId(), "a saved mail");
    this.position = position;
    this.kind = Objects.requireNonNull(kind, "kind");
    if (text == null || text.isBlank() || text.strip().length() > TEXT_LENGTH) {
      throw new IllegalArgumentException("a question has 1 to " + TEXT_LENGTH + " characters");
    }
    this.text = text.strip();
    this.scopeRegionId = mail.getScopeRegionId();
    this.scopeMunicipalityId = mail.getScopeMunicipalityId();
  }

  public Long getId() {
    return id;
  }

  public Long getMailId() {
    return mailId;
  }

  public int getPosition() {
    return position;
  }

  public InquiryQuestionKind getKind() {
    return kind;
  }

  public String getText() {
    return text;
  }
}
