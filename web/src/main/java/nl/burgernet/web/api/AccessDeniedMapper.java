package nl.burgernet.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** A call the caller's roles do not allow. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {

  @Override
  public Response toResponse(EJBAccessException exception) {
    return Problem.response(Response.Status.FORBIDDEN, Problem.text("error.forbidden", List.of()));
  }
}
