package nl.burgernet.action.control;

import java.io.IOException;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import nl.burgernet.action.boundary.AreaSpecification;
import nl.burgernet.action.entity.ActionKind;
import nl.burgernet.action.entity.ActionStatus;
import nl.burgernet.action.entity.GeoPoint;
import nl.burgernet.platform.boundary.InvalidInputException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * A partner's CAP 1.2 message read for a draft action: checked against the official schema (no
 * DTDs, nothing fetched), then its first {@code info} and {@code area} give the event, texts,
 * proposed kind and area. An {@code Alert} or an {@code Update} with a circle, a polygon or
 * municipality codes makes a draft: of a real action for {@code Actual}, of an exercise or a test
 * for {@code Exercise} and {@code Test}. An {@code Update} and a {@code Cancel} name the earlier
 * messages they are about in {@code references}; a {@code Cancel} needs no area. {@code System} and
 * {@code Draft} messages, {@code Ack} and {@code Error}, and anything else are refused with the
 * reason.
 *
 * @param area null for a cancel
 */
public record IncomingCap(
    Type type,
    List<Reference> references,
    String identifier,
    String sender,
    OffsetDateTime sent,
    ActionStatus status,
    String event,
    List<String> categories,
    String headline,
    String description,
    String contact,
    AreaSpecification area,
    Set<String> municipalityCodes) {

  /** The CAP's circle radius is in km; an action's circle is 50 m to 50 km. */
  private static final int MINIMUM_RADIUS_METRES = 50;

  private static final int MAXIMUM_RADIUS_METRES = 50_000;

  /** The message types a partner may send: a new alert, a change of one, its end. */
  public enum Type {
    ALERT,
    UPDATE,
    CANCEL;

    static Optional<Type> ofCapValue(String msgType) {
      return Arrays.stream(values()).filter(type -> type.capValue().equals(msgType)).findFirst();
    }

    private String capValue() {
      return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
  }

  /** An earlier message, as {@code references} names it: sender, identifier (and sent, unused). */
  public record Reference(String sender, String identifier) {}

  public static IncomingCap read(String document) {
    try {
      CapSchema.validate(document);
    } catch (SAXException e) {
      throw new InvalidInputException("action.cap.invalid", e.getMessage());
    }
    Element alert = parse(document).getDocumentElement();
    ActionStatus status =
        ActionStatus.ofCapValue(text(alert, "status"))
            .orElseThrow(
                () -> new InvalidInputException("action.cap.status", text(alert, "status")));
    Type type =
        Type.ofCapValue(text(alert, "msgType"))
            .orElseThrow(
                () -> new InvalidInputException("action.cap.notAlert", text(alert, "msgType")));
    List<Reference> references = references(text(alert, "references"));
    if (type != Type.ALERT && references.isEmpty()) {
      throw new InvalidInputException("action.cap.noReferences", text(alert, "msgType"));
    }
    // a cancel may come without info; whatever it has, it asks for no area
    Optional<Element> info = first(alert, "info");
    Optional<Element> area = info.flatMap(element -> first(element, "area"));
    if (type != Type.CANCEL && area.isEmpty()) {
      throw new InvalidInputException("action.cap.noArea");
    }
    Set<String> codes = area.map(IncomingCap::cbsCodes).orElse(Set.of());
    return new IncomingCap(
        type,
        references,
        text(alert, "identifier"),
        text(alert, "sender"),
        OffsetDateTime.parse(text(alert, "sent")),
        status,
        info.map(element -> text(element, "event")).orElse(""),
        info.map(element -> texts(element, "category")).orElse(List.of()),
        info.map(element -> optionalText(element, "headline")).orElse(null),
        info.map(element -> optionalText(element, "description")).orElse(null),
        info.map(element -> optionalText(element, "contact")).orElse(null),
        type == Type.CANCEL ? null : areaOf(area.orElseThrow(), codes),
        codes);
  }

  /** The CBS municipality codes among the area's geocodes, upper case. */
  private static Set<String> cbsCodes(Element area) {
    Set<String> codes = new LinkedHashSet<>();
    NodeList geocodes = area.getElementsByTagNameNS(CapDocument.NAMESPACE, "geocode");
    for (int i = 0; i < geocodes.getLength(); i++) {
      Element geocode = (Element) geocodes.item(i);
      if (CapMessages.CBS_CODE.equalsIgnoreCase(text(geocode, "valueName"))) {
        codes.add(text(geocode, "value").strip().toUpperCase(Locale.ROOT));
      }
    }
    return Collections.unmodifiableSet(codes);
  }

  /**
   * The kind of action the alert asks for: an AMBER Alert or a missing child, a missing person, a
   * disaster (every hazard category); anything else is left to the operator as a non-criminal
   * alert, whose scenario they can change before sending.
   */
  public ActionKind proposedKind() {
    String words = (event + " " + (headline == null ? "" : headline)).toLowerCase(Locale.ROOT);
    if (words.contains("amber")) {
      return ActionKind.AMBER_ALERT;
    }
    boolean child = words.contains("kind") || words.contains("child");
    if (categories.contains("Rescue") || words.contains("vermis") || words.contains("missing")) {
      return child ? ActionKind.MISSING_CHILD : ActionKind.MISSING_PERSON_DEMENTIA;
    }
    if (categories.stream()
        .anyMatch(
            c ->
                Set.of("Geo", "Met", "Safety", "Fire", "Health", "Env", "Infra", "CBRNE")
                    .contains(c))) {
      return ActionKind.DISASTER;
    }
    return ActionKind.NON_CRIMINAL_ALERT;
  }

  /** CAP's references: "sender,identifier,sent" triplets, separated by white space. */
  private static List<Reference> references(String text) {
    List<Reference> references = new ArrayList<>();
    for (String triplet : text.strip().split("\\s+")) {
      if (triplet.isEmpty()) {
        continue;
      }
      String[] parts = triplet.split(",");
      if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank()) {
        throw new InvalidInputException("action.cap.reference", triplet);
      }
      references.add(new Reference(parts[0], parts[1]));
    }
    return List.copyOf(references);
  }

  private static AreaSpecification areaOf(Element area, Set<String> codes) {
    Optional<String> circle = optional(area, "circle");
    if (circle.isPresent()) {
      String[] parts = circle.get().strip().split("\\s+");
      if (parts.length != 2) {
        throw new InvalidInputException("action.cap.area", circle.get());
      }
      double kilometres = number(parts[1]);
      int metres =
          (int)
              Math.max(
                  MINIMUM_RADIUS_METRES,
                  Math.min(MAXIMUM_RADIUS_METRES, Math.round(kilometres * 1000)));
      return AreaSpecification.circle(point(parts[0]), metres);
    }
    Optional<String> polygon = optional(area, "polygon");
    if (polygon.isPresent()) {
      List<GeoPoint> corners = new ArrayList<>();
      for (String pair : polygon.get().strip().split("\\s+")) {
        corners.add(point(pair));
      }
      // CAP repeats the first corner at the end; an action's polygon does not
      if (corners.size() > 1 && corners.get(0).equals(corners.get(corners.size() - 1))) {
        corners.remove(corners.size() - 1);
      }
      return AreaSpecification.polygon(corners);
    }
    if (!codes.isEmpty()) {
      // the municipality ids are looked up by the caller, which knows the store
      return AreaSpecification.municipalities(Set.of());
    }
    throw new InvalidInputException("action.cap.noArea");
  }

  private static GeoPoint point(String pair) {
    String[] parts = pair.split(",");
    if (parts.length != 2) {
      throw new InvalidInputException("action.cap.area", pair);
    }
    try {
      return new GeoPoint(number(parts[0]), number(parts[1]));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("action.cap.area", pair);
    }
  }

  private static double number(String text) {
    try {
      return Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException("action.cap.area", text);
    }
  }

  private static Document parse(String document) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      // no DTDs, no entities, nothing fetched: the document comes from outside
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      return builder.parse(new InputSource(new StringReader(document)));
    } catch (SAXException e) {
      throw new InvalidInputException("action.cap.invalid", e.getMessage());
    } catch (ParserConfigurationException | IOException e) {
      throw new IllegalStateException("parsing a string with a secure parser", e);
    }
  }

  private static Optional<Element> first(Element parent, String name) {
    NodeList nodes = parent.getElementsByTagNameNS(CapDocument.NAMESPACE, name);
    return nodes.getLength() == 0 ? Optional.empty() : Optional.of((Element) nodes.item(0));
  }

  private static Optional<String> optional(Element parent, String name) {
    return first(parent, name).map(Element::getTextContent).map(String::strip);
  }

  private static String optionalText(Element parent, String name) {
    return optional(parent, name).orElse(null);
  }

  private static String text(Element parent, String name) {
    return optional(parent, name).orElse("");
  }

  private static List<String> texts(Element parent, String name) {
    NodeList nodes = parent.getElementsByTagNameNS(CapDocument.NAMESPACE, name);
    List<String> values = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      values.add(nodes.item(i).getTextContent().strip());
    }
    return values;
  }
}
