package nl.burgernet.mail.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.burgernet.action.boundary.AreaSpecification;
import nl.burgernet.mail.entity.BurgernetMail;
import nl.burgernet.mail.entity.MailKind;

/**
 * What the composer holds: the kind, subject, the editor's HTML (sanitised by the service), the
 * municipality whose participants receive it and, to reach only a part of it, an area.
 *
 * @param area a circle, polygon or postcodes within the municipality; null for all of it
 */
public record MailDraft(
    @NotNull MailKind kind,
    @NotBlank @Size(max = BurgernetMail.SUBJECT_LENGTH) String subject,
    @NotBlank @Size(max = BurgernetMail.BODY_LENGTH) String html,
    @NotNull Long municipalityId,
    @Valid AreaSpecification area) {

  /** A draft for the whole municipality. */
  public MailDraft(MailKind kind, String subject, String html, Long municipalityId) {
    this(kind, subject, html, municipalityId, null);
  }
}
