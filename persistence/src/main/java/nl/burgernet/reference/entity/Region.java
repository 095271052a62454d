package nl.burgernet.reference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * A police regional unit (eenheid) with its Burgernet bureau; staff of a region see only its data.
 */
@Entity
@Table(name = "region")
@AdditionalCriteria("(:scopeRegion = 0 OR this.id = :scopeRegion)")
@NamedQuery(name = Region.ALL, query = "SELECT r FROM Region r ORDER BY r.name")
public class Region {

  public static final String ALL = "Region.all";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 40)
  private String code;

  @Column(nullable = false, length = 100)
  private String name;

  /** The share of inhabitants (percent) the region aims to have as participants. */
  @Column(name = "participant_target_percent", nullable = false, precision = 5, scale = 2)
  private BigDecimal participantTargetPercent;

  /** Below this share (percent) a municipality is a focus for recruiting participants. */
  @Column(name = "recruitment_focus_percent", nullable = false, precision = 5, scale = 2)
  private BigDecimal recruitmentFocusPercent;

  /** The share (percent) of closed actions the region aims to end in success. */
  @Column(name = "success_target_percent", nullable = false, precision = 5, scale = 2)
  private BigDecimal successTargetPercent;

  /** How many Burgernetmails each municipality is asked to send a year. */
  @Column(name = "mails_per_year_target", nullable = false)
  private int mailsPerYearTarget;

  protected Region() {}

  public Region(String code, String name) {
    this.code = code;
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public BigDecimal getParticipantTargetPercent() {
    return participantTargetPercent;
  }

  public BigDecimal getRecruitmentFocusPercent() {
    return recruitmentFocusPercent;
  }

  public BigDecimal getSuccessTargetPercent() {
    return successTargetPercent;
  }

  public int getMailsPerYearTarget() {
    return mailsPerYearTarget;
  }
}
