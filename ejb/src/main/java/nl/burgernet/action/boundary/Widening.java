package nl.burgernet.action.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A further round of an open action: the new area; only participants no earlier round reached get
 * the message.
 *
 * @param idempotencyKey made by the page per widening: a second click returns the same round
 */
public record Widening(
    @NotNull @Valid AreaSpecification area, @NotBlank @Size(max = 60) String idempotencyKey) {}
