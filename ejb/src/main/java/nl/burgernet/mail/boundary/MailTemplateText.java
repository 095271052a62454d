package nl.burgernet.mail.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.burgernet.mail.entity.BurgernetMail;
import nl.burgernet.mail.entity.MailKind;
import nl.burgernet.mail.entity.MailTemplate;

/**
 * What the regional bureau writes for a template: the kind of mail it starts, a name to find it by
 * in the composer, the subject and the editor's HTML (sanitised by the service).
 */
public record MailTemplateText(
    @NotNull(message = "{burgernetMailTemplate.kind.required}") MailKind kind,
    @NotBlank(message = "{burgernetMailTemplate.name.required}")
        @Size(max = MailTemplate.NAME_LENGTH, message = "{burgernetMailTemplate.name.size}")
        String name,
    @NotBlank(message = "{burgernetMailTemplate.subject.required}")
        @Size(max = BurgernetMail.SUBJECT_LENGTH, message = "{burgernetMailTemplate.subject.size}")
        String subject,
    @NotBlank(message = "{burgernetMailTemplate.body.required}")
        @Size(max = BurgernetMail.BODY_LENGTH, message = "{burgernetMailTemplate.body.size}")
        String html) {}
