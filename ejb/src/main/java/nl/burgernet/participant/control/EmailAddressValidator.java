package nl.burgernet.participant.control;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import nl.burgernet.participant.boundary.ValidEmailAddress;
import nl.burgernet.participant.entity.EmailAddress;

/** Checks {@link ValidEmailAddress} with the value object's own rule. */
public class EmailAddressValidator implements ConstraintValidator<ValidEmailAddress, String> {

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || value.isBlank() || EmailAddress.isValid(value);
  }
}
