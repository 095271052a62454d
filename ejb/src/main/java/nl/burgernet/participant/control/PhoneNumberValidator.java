package nl.burgernet.participant.control;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import nl.burgernet.participant.boundary.ValidPhoneNumber;

/** Checks {@link ValidPhoneNumber} with libphonenumber. */
public class PhoneNumberValidator implements ConstraintValidator<ValidPhoneNumber, String> {

  private PhoneKind kind;

  @Override
  public void initialize(ValidPhoneNumber constraint) {
    kind = constraint.kind();
  }

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || value.isBlank() || PhoneNumbers.isValid(value, kind);
  }
}
