package nl.burgernet.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A municipality's look of its mails: header colour, sender's name and closing lines. */
@Entity
@Table(name = "mail_house_style")
public class HouseStyle {

  @Id
  @Column(name = "municipality_id")
  private Long municipalityId;

  @Column(name = "accent_colour", nullable = false, length = 7)
  private String accentColour;

  @Column(name = "sender_name", nullable = false, length = 100)
  private String senderName;

  @Column(nullable = false, length = 500)
  private String signature;

  protected HouseStyle() {}

  public HouseStyle(String accentColour, String senderName, String signature) {
    if (accentColour == null || !accentColour.matches("#[0-9A-Fa-f]{6}")) {
      throw new IllegalArgumentException("a colour is written #RRGGBB");
    }
    this.accentColour = accentColour;
    this.senderName = senderName;
    this.signature = signature;
  }

  /** Burgernet's own style, for municipalities that have none. */
  public static HouseStyle burgernet() {
    return new HouseStyle("#154273", "Burgernet", "Burgernet: samen met politie en gemeente.");
  }

  public String getAccentColour() {
    return accentColour;
  }

  public String getSenderName() {
    return senderName;
  }

  public String getSignature() {
    return signature;
  }
}
