package nl.burgernet.web.participant;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import nl.burgernet.participant.boundary.ParticipantImports;
import nl.burgernet.participant.control.ImportFile;
import nl.burgernet.participant.entity.ParticipantImport;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Bulk import of participants for relation managers' systems: the CSV file is the body; the import
 * runs in the background and is followed by its progress and read as a report per row. Imports of
 * another area answer 404.
 */
@Path("participant-imports")
@Produces(MediaType.APPLICATION_JSON)
public class ParticipantImportsResource {

  static final String CSV = "text/csv";

  @Inject private ParticipantImports imports;

  @Context private UriInfo uri;

  @POST
  @Consumes({CSV, MediaType.APPLICATION_OCTET_STREAM})
  @Operation(summary = "Import participants from a CSV file (header row; ; or , as delimiter)")
  @APIResponse(responseCode = "202", description = "Queued; follow the Location")
  @APIResponse(responseCode = "400", description = "The file cannot be read as a whole")
  public Response upload(InputStream body, @HeaderParam("X-File-Name") String fileName)
      throws IOException {
    byte[] content = body.readNBytes(ImportFile.MAXIMUM_BYTES + 1);
    ParticipantImport job = imports.upload(fileName, content);
    return Response.accepted(ParticipantImportView.of(job))
        .location(uri.getAbsolutePathBuilder().path(String.valueOf(job.getId())).build())
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "An import's state, progress and counts")
  @APIResponse(responseCode = "404", description = "Unknown, or outside the caller's scope")
  public ParticipantImportView progress(@PathParam("id") long id) {
    return ParticipantImportView.of(imports.progress(id));
  }

  @GET
  @Path("{id}/report")
  @Produces(CSV + ";charset=UTF-8")
  @Operation(summary = "The report: each row's number, outcome, column and reason (so far)")
  @APIResponse(responseCode = "404", description = "Unknown, or outside the caller's scope")
  public String report(@PathParam("id") long id) {
    return ImportReportText.dutch().csv(imports.report(id));
  }
}
