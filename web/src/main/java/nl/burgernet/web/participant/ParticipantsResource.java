package nl.burgernet.web.participant;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.burgernet.participant.boundary.Participants;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Participants for staff systems, within the caller's scope; every read is audited. */
@Path("participants")
@Produces(MediaType.APPLICATION_JSON)
public class ParticipantsResource {

  @Inject private Participants participants;

  @GET
  @Path("{id}")
  @Operation(summary = "One participant")
  @APIResponse(responseCode = "404", description = "Unknown, or outside the caller's scope")
  public ParticipantView participant(@PathParam("id") long id) {
    return ParticipantView.of(participants.find(id));
  }
}
