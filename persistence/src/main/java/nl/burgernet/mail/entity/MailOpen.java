package nl.burgernet.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The first time the open pixel of one delivery was fetched. Nothing else of the reader is kept: no
 * address, no browser, no later opens. Written only by {@code INSERT IGNORE}, so a pixel fetched
 * twice, or by two instances at once, counts once.
 */
@Entity
@Table(name = "mail_open")
@NamedQuery(
    name = MailOpen.COUNT_OF_REQUEST,
    query =
        "SELECT COUNT(o) FROM MailOpen o, Delivery d"
            + " WHERE d.id = o.deliveryId AND d.requestId = :request")
public class MailOpen {

  public static final String COUNT_OF_REQUEST = "MailOpen.countOfRequest";

  /** Records the first open of a delivery; a second one changes nothing. */
  public static final String INSERT_FIRST =
      "INSERT IGNORE INTO mail_open (delivery_id, opened_at) VALUES (?, ?)";

  @Id
  @Column(name = "delivery_id")
  private Long deliveryId;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  protected MailOpen() {}
}
