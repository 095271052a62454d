package nl.burgernet.participant.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link Postcode} as its text; a stored value is checked again when it is read. */
@Converter(autoApply = true)
public class PostcodeConverter implements AttributeConverter<Postcode, String> {

  @Override
  public String convertToDatabaseColumn(Postcode attribute) {
    return attribute == null ? null : attribute.value();
  }

  @Override
  public Postcode convertToEntityAttribute(String column) {
    return column == null ? null : new Postcode(column);
  }
}
