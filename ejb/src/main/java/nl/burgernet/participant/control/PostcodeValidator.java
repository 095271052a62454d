package nl.burgernet.participant.control;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import nl.burgernet.participant.boundary.ValidPostcode;
import nl.burgernet.participant.entity.Postcode;

/** Checks {@link ValidPostcode} with the value object's own rule. */
public class PostcodeValidator implements ConstraintValidator<ValidPostcode, String> {

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || value.isBlank() || Postcode.isValid(value);
  }
}
