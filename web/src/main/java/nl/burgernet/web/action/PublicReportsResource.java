package nl.burgernet.web.action;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import nl.burgernet.action.boundary.PublicActionReports;
import nl.burgernet.action.boundary.PublishedReport;
import nl.burgernet.action.control.ActionReportFeed;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The published action reports for everyone, without a login (open in web.xml): as JSON and as an
 * Atom feed, next to the public pages {@code /actieverslagen.xhtml} and {@code
 * /actieverslag.xhtml?id=N}.
 */
@Path("action-reports")
public class PublicReportsResource {

  @Inject private PublicActionReports reports;

  @Context private UriInfo uriInfo;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The newest published action reports, of one region (?region=id) or all")
  public List<PublishedReport> recent(
      @QueryParam("region") Long regionId, @QueryParam("max") @DefaultValue("50") int maximum) {
    return reports.recent(regionId, maximum);
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One published action report")
  public PublishedReport report(@PathParam("id") long id) {
    return reports.find(id);
  }

  @GET
  @Path("feed")
  @Produces(ActionReportFeed.MEDIA_TYPE + ";charset=UTF-8")
  @Operation(summary = "Atom feed of the published action reports, newest first (?region=id)")
  public String feed(
      @QueryParam("region") Long regionId, @QueryParam("max") @DefaultValue("50") int maximum) {
    return ActionReportFeed.write(
        reports.recent(regionId, maximum),
        Instant.now(),
        uriInfo.getRequestUri().toString(),
        id -> uriInfo.getBaseUri().resolve("../../actieverslag.xhtml?id=" + id).toString());
  }
}
