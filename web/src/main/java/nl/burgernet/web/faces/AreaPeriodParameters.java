package nl.burgernet.web.faces;

import java.io.Serializable;

/**
 * The GET parameters of a view of a region or municipality over a period (regio, gemeente, van,
 * tot), shared by the MARAP pages and the lists their figures link to, so that such a link carries
 * the same view. The page's own bean reads them as they were given.
 */
public abstract class AreaPeriodParameters implements Serializable {

  private static final long serialVersionUID = 1L;

  protected Long regionId;
  protected Long municipalityId;

  /** The start, e.g. a month yyyy-MM; as given, checked by the page that reads it. */
  protected String from;

  /** The end, e.g. a month yyyy-MM; as given, checked by the page that reads it. */
  protected String to;

  public Long getRegionId() {
    return regionId;
  }

  public void setRegionId(Long regionId) {
    this.regionId = regionId;
  }

  public Long getMunicipalityId() {
    return municipalityId;
  }

  public void setMunicipalityId(Long municipalityId) {
    this.municipalityId = municipalityId;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }
}
