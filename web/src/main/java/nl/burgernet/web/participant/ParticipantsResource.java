package nl.burgernet.web.participant;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.Locale;
import nl.burgernet.participant.boundary.Participants;
import nl.burgernet.participant.boundary.SearchPage;
import nl.burgernet.participant.entity.ParticipantStatus;
import nl.burgernet.platform.boundary.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Participants for staff systems, within the caller's scope; every read is audited. */
@Path("participants")
@Produces(MediaType.APPLICATION_JSON)
public class ParticipantsResource {

  @Inject private Participants participants;

  /**
   * The portal's search. The page's numbers come as text, so a typo is a problem document (400) and
   * not the 404 JAX-RS gives for a query parameter it cannot convert.
   */
  @GET
  @Operation(
      summary =
          "Participants whose name (start of the name or of a surname), phone number (any"
              + " notation), e-mail address or postcode matches, ordered by name, a page at a time")
  @APIResponse(responseCode = "200", description = "One page and the number of matches in all")
  @APIResponse(
      responseCode = "400",
      description = "A term that is no name, number, address or postcode, or a page out of range")
  public SearchResultView search(
      @Parameter(description = "What was typed in the search box") @QueryParam("q") String term,
      @Parameter(description = "Only participants in this status, e.g. ACTIVE")
          @QueryParam("status")
          String status,
      @Parameter(description = "Index of the first match, from 0")
          @QueryParam("first")
          @DefaultValue("0")
          String first,
      @Parameter(description = "Matches per page, 1 to " + Participants.MAXIMUM_PAGE)
          @QueryParam("size")
          @DefaultValue("20")
          String size) {
    int from = number(first, 0, Integer.MAX_VALUE, "participant.search.first");
    int pageSize = number(size, 1, Participants.MAXIMUM_PAGE, "participant.search.size");
    SearchPage page = participants.search(term, status(status), from, pageSize);
    return new SearchResultView(
        page.total(),
        from,
        pageSize,
        page.participants().stream().map(ParticipantView::of).toList());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One participant")
  @APIResponse(responseCode = "404", description = "Unknown, or outside the caller's scope")
  public ParticipantView participant(@PathParam("id") long id) {
    return ParticipantView.of(participants.find(id));
  }

  private static int number(String text, int minimum, int maximum, String key) {
    try {
      int number = Integer.parseInt(text.strip());
      if (number >= minimum && number <= maximum) {
        return number;
      }
    } catch (NumberFormatException e) {
      // refused below, as a number out of range is
    }
    throw new InvalidInputException(key);
  }

  private static ParticipantStatus status(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String name = text.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(ParticipantStatus.values())
        .filter(status -> status.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new InvalidInputException("participant.search.status"));
  }
}
