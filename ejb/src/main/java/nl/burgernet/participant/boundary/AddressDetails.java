package nl.burgernet.participant.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.burgernet.participant.entity.Address;
import nl.burgernet.participant.entity.Postcode;

/** An address as a citizen or a relation manager fills it in. */
public record AddressDetails(
    @NotBlank(message = "{participant.postcode.required}") @ValidPostcode String postcode,
    @NotNull(message = "{participant.houseNumber.required}")
        @Min(value = 1, message = "{participant.houseNumber.invalid}")
        @Max(value = Address.MAXIMUM_HOUSE_NUMBER, message = "{participant.houseNumber.invalid}")
        Integer houseNumber,
    @Size(max = 10, message = "{participant.addition.invalid}")
        @Pattern(regexp = "[\\p{L}0-9 -]*", message = "{participant.addition.invalid}")
        String addition,
    @Size(max = 120, message = "{participant.street.size}")
        @Pattern(regexp = Texts.PLAIN, message = "{participant.text.characters}")
        String street,
    @Size(max = 80, message = "{participant.place.size}")
        @Pattern(regexp = Texts.PLAIN, message = "{participant.text.characters}")
        String place) {

  /** The address as the store keeps it; call only after validation. */
  public Address toAddress() {
    return new Address(Postcode.of(postcode), houseNumber, addition, street, place);
  }

  public static AddressDetails of(Address address) {
    return address == null
        ? null
        : new AddressDetails(
            address.getPostcode().value(),
            address.getHouseNumber(),
            address.getAddition(),
            address.getStreet(),
            address.getPlace());
  }
}
