package nl.burgernet.participant.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import nl.burgernet.participant.entity.Address;
import nl.burgernet.participant.entity.AddressChange;
import nl.burgernet.participant.entity.Channel;
import nl.burgernet.participant.entity.Participant;
import nl.burgernet.participant.entity.ParticipantLocation;
import nl.burgernet.participant.entity.PushSubscription;
import nl.burgernet.participant.entity.QuietHours;
import nl.burgernet.participant.entity.Unsubscription;

/**
 * Everything Burgernet stores about one participant, as the JSON file they download (right of
 * access, AVG art. 15): their details, addresses, channels, lifecycle, address changes, reasons for
 * leaving, the devices that take app notifications (endpoint and date, not the keys) and the
 * location the web app last reported, while they share it. Left out on purpose: internal ids, token
 * hashes and tokens, the scope columns, and the names of staff members who decided on their
 * requests (other people's data).
 */
public final class ParticipantExport {

  private ParticipantExport() {}

  public static JsonObject of(
      Participant participant,
      List<AddressChange> addressChanges,
      List<Unsubscription> unsubscriptions,
      List<PushSubscription> pushSubscriptions,
      ParticipantLocation location,
      Instant exportedAt) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("exportedAt", exportedAt.toString())
            .add("reference", participant.getReference())
            .add("name", participant.getName());
    optional(json, "email", participant.getEmail().map(Object::toString).orElse(null));
    optional(json, "mobile", participant.getMobile().map(Object::toString).orElse(null));
    optional(json, "landline", participant.getLandline().map(Object::toString).orElse(null));
    json.add("yearOfBirth", participant.getYearOfBirth())
        .add("home", address(participant.getHome()));
    participant.getWork().ifPresent(work -> json.add("work", address(work)));
    JsonArrayBuilder channels = Json.createArrayBuilder();
    participant.getChannels().stream().map(Channel::name).forEach(channels::add);
    json.add("channels", channels);
    participant.getQuietHours().ifPresent(quiet -> json.add("quietHours", quietHours(quiet)));
    json.add("source", participant.getSource().name())
        .add("consentAt", participant.getConsentAt().toString())
        .add("registeredAt", participant.getRegisteredAt().toString())
        .add("status", participant.getStatus().name())
        .add("statusChangedAt", participant.getStatusChangedAt().toString());
    optional(
        json,
        "queueReason",
        participant.getQueueReason() == null ? null : participant.getQueueReason().name());
    optional(json, "rejectionReason", participant.getRejectionReason());
    optional(json, "confirmedAt", instant(participant.getConfirmedAt()));
    JsonArrayBuilder changes = Json.createArrayBuilder();
    addressChanges.stream().map(ParticipantExport::addressChange).forEach(changes::add);
    json.add("addressChanges", changes);
    JsonArrayBuilder left = Json.createArrayBuilder();
    unsubscriptions.stream().map(ParticipantExport::unsubscription).forEach(left::add);
    json.add("unsubscriptions", left);
    JsonArrayBuilder devices = Json.createArrayBuilder();
    pushSubscriptions.forEach(
        device ->
            devices.add(
                Json.createObjectBuilder()
                    .add("endpoint", device.getEndpoint())
                    .add("createdAt", device.getCreatedAt().toString())));
    json.add("pushSubscriptions", devices);
    if (location != null) {
      json.add(
          "lastReportedLocation",
          Json.createObjectBuilder()
              .add("latitude", location.getLatitude())
              .add("longitude", location.getLongitude())
              .add("reportedAt", location.getReportedAt().toString()));
    }
    return json.build();
  }

  private static JsonObjectBuilder address(Address address) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("postcode", address.getPostcode().value())
            .add("houseNumber", address.getHouseNumber());
    optional(json, "addition", address.getAddition());
    optional(json, "street", address.getStreet());
    optional(json, "place", address.getPlace());
    if (address.isLocated()) {
      json.add("latitude", address.getLatitude())
          .add("longitude", address.getLongitude())
          .add("municipality", address.getMunicipality().getName());
    }
    return json;
  }

  private static JsonObjectBuilder quietHours(QuietHours quiet) {
    return Json.createObjectBuilder()
        .add("from", quiet.getFrom().toString())
        .add("until", quiet.getUntil().toString());
  }

  private static JsonObjectBuilder addressChange(AddressChange change) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("requestedAt", change.getRequestedAt().toString())
            .add("status", change.getStatus().name())
            .add("home", address(change.getHome()));
    change.getWork().ifPresent(work -> json.add("work", address(work)));
    optional(json, "decidedAt", instant(change.getDecidedAt()));
    optional(json, "rejectionReason", change.getRejectionReason());
    return json;
  }

  private static JsonObjectBuilder unsubscription(Unsubscription unsubscription) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("unsubscribedAt", unsubscription.getUnsubscribedAt().toString());
    optional(json, "reason", unsubscription.getReason().map(Enum::name).orElse(null));
    optional(json, "remark", unsubscription.getRemark().orElse(null));
    return json;
  }

  private static String instant(Instant instant) {
    return instant == null ? null : instant.toString();
  }

  private static void optional(JsonObjectBuilder json, String name, String value) {
    if (value != null) {
      json.add(name, value);
    }
  }
}
