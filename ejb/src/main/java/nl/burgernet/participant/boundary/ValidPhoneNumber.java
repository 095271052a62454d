package nl.burgernet.participant.boundary;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.burgernet.participant.control.PhoneKind;
import nl.burgernet.participant.control.PhoneNumberValidator;

/** A telephone number of the given kind as a citizen types it; blank counts as "none". */
@Constraint(validatedBy = PhoneNumberValidator.class)
@Target({
  ElementType.FIELD,
  ElementType.METHOD,
  ElementType.PARAMETER,
  ElementType.RECORD_COMPONENT
})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidPhoneNumber {

  PhoneKind kind();

  String message();

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
