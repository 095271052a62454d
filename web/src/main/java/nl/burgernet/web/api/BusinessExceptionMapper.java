package nl.burgernet.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.burgernet.platform.boundary.BusinessException;
import nl.burgernet.platform.boundary.ConflictException;
import nl.burgernet.platform.boundary.ForbiddenException;
import nl.burgernet.platform.boundary.NotFoundException;

/** Business refusals become problem documents with a fitting status. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

  @Override
  public Response toResponse(BusinessException exception) {
    return Problem.response(
        statusOf(exception), Problem.text(exception.getMessageKey(), exception.getArguments()));
  }

  private static Response.Status statusOf(BusinessException exception) {
    if (exception instanceof NotFoundException) {
      return Response.Status.NOT_FOUND;
    }
    if (exception instanceof ConflictException) {
      return Response.Status.CONFLICT;
    }
    if (exception instanceof ForbiddenException) {
      return Response.Status.FORBIDDEN;
    }
    return Response.Status.BAD_REQUEST;
  }
}
