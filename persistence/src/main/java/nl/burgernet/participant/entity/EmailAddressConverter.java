package nl.burgernet.participant.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link EmailAddress} as its text; a stored value is checked again when it is read. */
@Converter(autoApply = true)
public class EmailAddressConverter implements AttributeConverter<EmailAddress, String> {

  @Override
  public String convertToDatabaseColumn(EmailAddress attribute) {
    return attribute == null ? null : attribute.value();
  }

  @Override
  public EmailAddress convertToEntityAttribute(String column) {
    return column == null ? null : new EmailAddress(column);
  }
}
