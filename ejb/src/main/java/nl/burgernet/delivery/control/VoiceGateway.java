package nl.burgernet.delivery.control;

import java.util.concurrent.CompletableFuture;
import nl.burgernet.delivery.entity.CallResult;
import nl.burgernet.delivery.entity.VoiceCall;

/**
 * The channel gateway port for voice: asks the voice provider to make one text-to-speech call. A
 * call holds one of the provider's lines until it ends, so calls run side by side: this returns
 * once a line is free and the call has started, and the future completes with the call's result.
 */
public interface VoiceGateway {

  /**
   * Waits for a free line, then starts the call.
   *
   * @return completes with the result; fails with {@link IllegalArgumentException} when the
   *     provider refuses the call for good (a number it cannot call), with {@link
   *     IllegalStateException} when it is down or failing (retried)
   */
  CompletableFuture<CallResult> call(VoiceCall call);
}
