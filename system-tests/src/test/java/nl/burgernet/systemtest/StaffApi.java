package nl.burgernet.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Calls the REST API as a staff member would, with HTTP Basic credentials. */
final class StaffApi {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final URL base;

  StaffApi(URL base) {
    this.base = base;
  }

  HttpResponse<String> get(String path, String username, String password) {
    return get(path, username, password, "application/json");
  }

  HttpResponse<String> get(String path, String username, String password, String accept) {
    return send(
        HttpRequest.newBuilder(URI.create(base + "api/v1/" + path)).header("Accept", accept).GET(),
        username,
        password);
  }

  HttpResponse<String> post(String path, String json, String username, String password) {
    return send(
        HttpRequest.newBuilder(URI.create(base + "api/v1/" + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)),
        username,
        password);
  }

  HttpResponse<String> put(String path, String json, String username, String password) {
    return send(
        HttpRequest.newBuilder(URI.create(base + "api/v1/" + path))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)),
        username,
        password);
  }

  HttpResponse<String> delete(String path, String username, String password) {
    return send(
        HttpRequest.newBuilder(URI.create(base + "api/v1/" + path)).DELETE(), username, password);
  }

  private static HttpResponse<String> send(
      HttpRequest.Builder request, String username, String password) {
    request.timeout(Duration.ofSeconds(30));
    if (username != null) {
      request.header("Authorization", basic(username, password));
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The Authorization header value of HTTP Basic. */
  static String basic(String username, String password) {
    String token = username + ":" + password;
    return "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8));
  }

  /** The id of the deployment scenario with this name, as the user sees the scenarios. */
  long scenarioId(String name, String username, String password) {
    return array(get("scenarios", username, password)).stream()
        .map(JsonValue::asJsonObject)
        .filter(scenario -> scenario.getString("name").equals(name))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  static JsonArray array(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readArray();
  }

  static JsonObject object(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }
}
