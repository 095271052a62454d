package nl.burgernet.action.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.burgernet.action.entity.GeoPoint;

/**
 * A tip the operator types in, e.g. from a phone call.
 *
 * @param location where the tip says something was seen, when known; may be null
 */
public record OperatorTip(
    @NotBlank @Size(max = TipView.TEXT_LENGTH) String text, GeoPoint location) {}
