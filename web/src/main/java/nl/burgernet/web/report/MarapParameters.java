package nl.burgernet.web.report;

import jakarta.ws.rs.QueryParam;

/**
 * The query parameters every MARAP figure set takes, as one {@code @BeanParam}: region (required),
 * municipality (optional), and the months from and to (yyyy-MM).
 */
public class MarapParameters {

  @QueryParam("region")
  private Long region;

  @QueryParam("municipality")
  private Long municipality;

  @QueryParam("from")
  private String from;

  @QueryParam("to")
  private String to;

  /** The parameters checked; a bad one is refused with a Dutch text. */
  MarapQuery query() {
    return MarapQuery.of(region, municipality, from, to);
  }
}
