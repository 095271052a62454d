package nl.burgernet.participant.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link PhoneNumber} as its text; a stored value is checked again when it is read. */
@Converter(autoApply = true)
public class PhoneNumberConverter implements AttributeConverter<PhoneNumber, String> {

  @Override
  public String convertToDatabaseColumn(PhoneNumber attribute) {
    return attribute == null ? null : attribute.e164();
  }

  @Override
  public PhoneNumber convertToEntityAttribute(String column) {
    return column == null ? null : new PhoneNumber(column);
  }
}
