package nl.burgernet.mail.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.burgernet.mail.entity.BurgernetMail;
import nl.burgernet.mail.entity.MailKind;

/**
 * What the composer holds: the kind, subject, the editor's HTML (sanitised by the service) and the
 * municipality whose participants receive it.
 */
public record MailDraft(
    @NotNull MailKind kind,
    @NotBlank @Size(max = BurgernetMail.SUBJECT_LENGTH) String subject,
    @NotBlank @Size(max = BurgernetMail.BODY_LENGTH) String html,
    @NotNull Long municipalityId) {}
