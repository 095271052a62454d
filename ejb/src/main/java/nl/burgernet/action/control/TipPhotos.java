package nl.burgernet.action.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import nl.burgernet.action.boundary.AppTip;
import nl.burgernet.action.entity.Action;
import nl.burgernet.action.entity.TipPhoto;
import nl.burgernet.participant.control.ConfirmationTokens;
import nl.burgernet.platform.control.PhotoEncoding;

/** Stores the photo of an app tip once {@link PhotoEncoding} has made it a safe JPEG. */
@Dependent
public class TipPhotos {

  static final PhotoEncoding.Limits LIMITS =
      new PhotoEncoding.Limits(
          AppTip.MAXIMUM_PHOTO_BYTES, "webApp.tip.photo.tooLarge", "webApp.tip.photo.type");

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private Clock clock;

  /** Returns the reference the tip keeps. */
  public String store(Action action, byte[] upload) {
    byte[] jpeg = PhotoEncoding.reencoded(upload, LIMITS);
    TipPhoto photo =
        new TipPhoto(
            action,
            ConfirmationTokens.newToken(),
            PhotoEncoding.CONTENT_TYPE,
            jpeg,
            clock.instant());
    em.persist(photo);
    return photo.getReference();
  }
}
