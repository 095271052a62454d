package nl.burgernet.web.participant;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.Set;
import nl.burgernet.participant.boundary.CodeAttempt;
import nl.burgernet.participant.boundary.ParticipantDetails;
import nl.burgernet.participant.boundary.RegistrationReceipt;
import nl.burgernet.participant.boundary.Registrations;
import nl.burgernet.participant.entity.RegistrationSource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;

/**
 * Registration of participants by the app, without an account (web.xml leaves this path open). Bad
 * input gets a problem document that names each field with its Dutch message.
 */
@Path("registrations")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirementsSet
public class RegistrationsResource {

  static final String PROBLEM_JSON = "application/problem+json";

  @Inject private Registrations registrations;

  @Inject private Validator validator;

  @Context private UriInfo uriInfo;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Register a participant; a confirmation mail follows when all is in order")
  @APIResponse(responseCode = "201", description = "Registered; Location names the registration")
  @APIResponse(responseCode = "400", description = "Refused, with a Dutch message per field")
  public Response register(RegistrationJson registration) {
    if (registration == null) {
      return problem(Json.createArrayBuilder(), "De aanmelding is leeg.");
    }
    ParticipantDetails details = registration.toDetails();
    Set<ConstraintViolation<ParticipantDetails>> violations = validator.validate(details);
    JsonArrayBuilder errors = Json.createArrayBuilder();
    violations.stream()
        .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
        .forEach(
            violation ->
                errors.add(
                    Json.createObjectBuilder()
                        .add("field", violation.getPropertyPath().toString())
                        .add("message", violation.getMessage())));
    if (!registration.consent) {
      errors.add(
          Json.createObjectBuilder().add("field", "consent").add("message", ConsentText.REQUIRED));
    }
    if (!violations.isEmpty() || !registration.consent) {
      return problem(errors, "De aanmelding is niet volledig of niet juist ingevuld.");
    }
    RegistrationReceipt receipt =
        registrations.register(
            details, registration.consent, RegistrationSource.APP, registration.installation);
    return Response.created(uriInfo.getAbsolutePathBuilder().path(receipt.reference()).build())
        .entity(ReceiptJson.of(receipt))
        .build();
  }

  @GET
  @Path("{reference}")
  @Operation(summary = "The status of a registration, by the reference in its Location")
  @APIResponse(responseCode = "404", description = "No registration with this reference")
  public ReceiptJson status(@PathParam("reference") String reference) {
    return ReceiptJson.of(registrations.status(reference));
  }

  @POST
  @Path("{reference}/confirmation")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Confirm a registration without e-mail address with the code sent by SMS")
  @APIResponse(
      responseCode = "200",
      description = "Whether the code was right, the status now and the tries left")
  @APIResponse(responseCode = "400", description = "No code, expired or used")
  @APIResponse(responseCode = "404", description = "No registration waiting for a code")
  public CodeJson confirm(@PathParam("reference") String reference, CodeJson code) {
    CodeAttempt attempt = registrations.confirmCode(reference, code == null ? null : code.code);
    CodeJson answer = new CodeJson();
    answer.accepted = attempt.accepted();
    answer.status = attempt.status().name();
    answer.triesLeft = attempt.triesLeft();
    return answer;
  }

  private static Response problem(JsonArrayBuilder errors, String detail) {
    return Response.status(Response.Status.BAD_REQUEST)
        .type(PROBLEM_JSON)
        .entity(
            Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", Response.Status.BAD_REQUEST.getReasonPhrase())
                .add("status", Response.Status.BAD_REQUEST.getStatusCode())
                .add("detail", detail)
                .add("errors", errors)
                .build()
                .toString())
        .build();
  }

  /** The code typed by the citizen, and the answer to it. */
  public static class CodeJson {
    public String code;
    public Boolean accepted;
    public String status;
    public Integer triesLeft;
  }

  /** The answer about a registration: its public reference and status, nothing personal. */
  public record ReceiptJson(String reference, String status) {

    static ReceiptJson of(RegistrationReceipt receipt) {
      return new ReceiptJson(receipt.reference(), receipt.status().name());
    }
  }
}
