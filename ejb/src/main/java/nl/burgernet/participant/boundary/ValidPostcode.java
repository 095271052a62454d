package nl.burgernet.participant.boundary;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.burgernet.participant.control.PostcodeValidator;

/** A Dutch postcode such as 1234 AB; blank counts as "none". */
@Constraint(validatedBy = PostcodeValidator.class)
@Target({
  ElementType.FIELD,
  ElementType.METHOD,
  ElementType.PARAMETER,
  ElementType.RECORD_COMPONENT
})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidPostcode {

  String message() default "{participant.postcode.invalid}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
