package nl.burgernet.participant.boundary;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.burgernet.participant.control.EmailAddressValidator;

/** An e-mail address a mail can be delivered to; blank counts as "none". */
@Constraint(validatedBy = EmailAddressValidator.class)
@Target({
  ElementType.FIELD,
  ElementType.METHOD,
  ElementType.PARAMETER,
  ElementType.RECORD_COMPONENT
})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidEmailAddress {

  String message() default "{participant.email.invalid}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
