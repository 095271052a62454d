package nl.burgernet.systemtest;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The API as a participant's app calls it: JSON to and from {@code api/v1/}, with the app's token
 * as {@code Authorization: Bearer ...} where one is given (null: none).
 */
final class BearerApi {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final URL base;

  BearerApi(URL base) {
    this.base = base;
  }

  HttpResponse<String> get(String path, String token) throws Exception {
    return send(request(path, token).GET().build());
  }

  HttpResponse<String> delete(String path, String token) throws Exception {
    return send(request(path, token).DELETE().build());
  }

  HttpResponse<String> put(String path, String token, String json) throws Exception {
    return send(
        request(path, token)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  HttpResponse<String> post(String path, String token, String json) throws Exception {
    return send(
        request(path, token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  private HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base.toString() + "api/v1/" + path))
            .header("Accept", "application/json");
    return token == null ? request : request.header("Authorization", "Bearer " + token);
  }

  private static HttpResponse<String> send(HttpRequest request) throws Exception {
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
