package nl.burgernet.participant.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.burgernet.participant.entity.PushSubscription;

/**
 * A push subscription as the browser's {@code PushSubscription.toJSON()} gives it: the endpoint and
 * the keys {@code p256dh} and {@code auth}, base64url.
 */
public record PushSubscriptionDetails(
    @NotBlank(message = "{selfService.push.invalid}")
        @Size(max = PushSubscription.ENDPOINT_LENGTH, message = "{selfService.push.invalid}")
        String endpoint,
    @NotBlank(message = "{selfService.push.invalid}") @Size(max = 100) String p256dh,
    @NotBlank(message = "{selfService.push.invalid}") @Size(max = 40) String auth) {}
