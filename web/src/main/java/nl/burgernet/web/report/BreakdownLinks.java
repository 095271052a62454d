package nl.burgernet.web.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;

/**
 * The links from the figures of the MARAP page "Deelnemersbestand" to their anonymous breakdown
 * (/portal/marap/uitsplitsing.xhtml), for the view {@link MarapFilter} shows: the same region,
 * municipality and months, and the figure (figuur, a {@link
 * nl.burgernet.report.boundary.BaseFigure}) with its category (categorie).
 */
@Named("breakdownLinks")
@RequestScoped
public class BreakdownLinks {

  static final String PAGE = "/portal/marap/uitsplitsing.xhtml";

  @Inject private MarapFilter filter;

  @Inject private HttpServletRequest request;

  /** The figure over the months shown, e.g. PARTICIPANTS. */
  public String of(String figure) {
    return link(filter.getViewQuery(), figure, "");
  }

  /** The figure of one category over the months shown, e.g. CHANNEL and SMS. */
  public String ofCategory(String figure, String category) {
    return link(filter.getViewQuery(), figure, category);
  }

  /** The figure of one month, e.g. NEW in 2026-03. */
  public String ofMonth(String figure, YearMonth month) {
    return link(filter.viewQuery(month), figure, "");
  }

  /** The figure of one municipality of the region shown, e.g. its PARTICIPANTS. */
  public String ofMunicipality(String figure, long municipalityId) {
    return request.getContextPath()
        + PAGE
        + "?regio="
        + filter.getRegionId()
        + "&gemeente="
        + municipalityId
        + "&van="
        + filter.getFrom()
        + "&tot="
        + filter.getTo()
        + "&figuur="
        + figure;
  }

  /** The start of a link to which a category is added, e.g. for a table of channels. */
  public String withCategory(String figure) {
    return link(filter.getViewQuery(), figure, "") + "&categorie=";
  }

  private String link(String view, String figure, String category) {
    return request.getContextPath()
        + PAGE
        + "?"
        + view
        + "&figuur="
        + figure
        + (category.isEmpty() ? "" : "&categorie=" + encoded(category));
  }

  /** A category as part of a link: the age band 75+ as 75%2B. */
  public String encoded(String category) {
    return URLEncoder.encode(category, StandardCharsets.UTF_8);
  }
}
