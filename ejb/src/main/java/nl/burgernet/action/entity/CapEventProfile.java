package nl.burgernet.action.entity;

/**
 * How urgent, severe and certain an action's kind is in CAP terms, and what people are asked to do.
 * A search for a person is a rescue (as in the OASIS AMBER Alert example), a search for a suspect a
 * security matter; a disaster asks people to shelter, the others to keep watch and call.
 */
public record CapEventProfile(
    String category, String responseType, String urgency, String severity, String certainty) {

  public static CapEventProfile of(ActionKind kind) {
    return switch (kind) {
      case AMBER_ALERT ->
          new CapEventProfile("Rescue", "Monitor", "Immediate", "Extreme", "Likely");
      case MISSING_CHILD, MISSING_PERSON_DEMENTIA ->
          new CapEventProfile("Rescue", "Monitor", "Immediate", "Severe", "Likely");
      case ROBBERY, VIOLENCE ->
          new CapEventProfile("Security", "Monitor", "Immediate", "Severe", "Observed");
      case BURGLARY, HIT_AND_RUN, STOLEN_VEHICLE, BAG_SNATCH ->
          new CapEventProfile("Security", "Monitor", "Immediate", "Moderate", "Observed");
      case DISASTER -> new CapEventProfile("Safety", "Shelter", "Immediate", "Severe", "Observed");
      case NON_CRIMINAL_ALERT ->
          new CapEventProfile("Other", "Monitor", "Expected", "Minor", "Likely");
    };
  }

  /** The closing message: the danger is past and nothing more is asked. */
  public CapEventProfile allClear() {
    return new CapEventProfile(category, "AllClear", "Past", "Minor", "Observed");
  }
}
