package nl.burgernet.web.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.stream.Collectors;

/** Input that breaks a service contract's constraints is a bad request, explained in Dutch. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    String detail =
        exception.getConstraintViolations().stream()
            .map(ConstraintViolation::getMessage)
            .distinct()
            .sorted()
            .collect(Collectors.joining(" "));
    return Problem.response(Response.Status.BAD_REQUEST, detail);
  }
}
