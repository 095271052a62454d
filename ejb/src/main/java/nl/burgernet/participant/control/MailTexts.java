package nl.burgernet.participant.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.burgernet.participant.entity.ParticipantMailKind;
import nl.burgernet.participant.entity.ParticipantMailTemplate;

/**
 * Which text a participant mail has: the region's own version where the regional bureau wrote one,
 * else the application's default ({@code ParticipantMails.properties}).
 */
@ApplicationScoped
public class MailTexts {

  private static final ResourceBundle DEFAULTS =
      ResourceBundle.getBundle(
          "nl.burgernet.participant.control.ParticipantMails", Locale.forLanguageTag("nl"));

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  /** The text a participant of that region gets; a participant without region gets the default. */
  public MailText of(Long regionId, ParticipantMailKind kind) {
    if (regionId == null) {
      return byDefault(kind);
    }
    return em.createNamedQuery(ParticipantMailTemplate.OF_REGION, ParticipantMailTemplate.class)
        .setParameter("region", regionId)
        .setParameter("kind", kind)
        .getResultStream()
        .findFirst()
        .map(template -> new MailText(template.getSubject(), template.getBody()))
        .orElseGet(() -> byDefault(kind));
  }

  public static MailText byDefault(ParticipantMailKind kind) {
    String key = key(kind);
    return new MailText(DEFAULTS.getString(key + ".subject"), DEFAULTS.getString(key + ".body"));
  }

  /** CONFIRM → confirm, SELF_SERVICE → selfService: the keys of the properties file. */
  private static String key(ParticipantMailKind kind) {
    String[] words = kind.name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder key = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    return key.toString();
  }
}
