package nl.burgernet.participant.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.burgernet.participant.entity.EmailAddress;
import nl.burgernet.participant.entity.Participant;
import nl.burgernet.participant.entity.RegistrationCard;

/**
 * What a relation manager copies from an incomplete paper card onto the call-back list, as the card
 * says it (it did not pass the registration rules), and what is missing.
 */
public record CardNotes(
    @Size(max = Participant.NAME_LENGTH, message = "{participant.name.size}")
        @Pattern(regexp = Texts.PLAIN, message = "{participant.text.characters}")
        String name,
    @Size(max = 30, message = "{card.phone.size}")
        @Pattern(regexp = "[0-9 +()-]*", message = "{card.phone.characters}")
        String phone,
    @Size(max = EmailAddress.MAXIMUM_LENGTH, message = "{participant.email.invalid}") String email,
    @Size(max = 250, message = "{card.address.size}")
        @Pattern(regexp = Texts.PLAIN, message = "{participant.text.characters}")
        String address,
    @NotBlank(message = "{card.missing.required}")
        @Size(max = RegistrationCard.TEXT_LENGTH, message = "{card.missing.size}")
        String missing) {}
