package nl.burgernet.action.entity;

/**
 * The four domains Burgernet is used in (seed 000), by which the management report groups actions.
 */
public enum ActionDomain {
  /** Prevention, road closures, swimming water, forest fire danger. */
  INFORMEREN,
  /** A runaway child, an incident in the neighbourhood, a burglary series, liveability. */
  BETREKKEN,
  /** Bomb, gas leak, explosion or attack, disaster: a warning to people in danger. */
  ALARMEREN,
  /** Robber, burglar, missing person, stolen vehicle: participants look out and call. */
  OPSPOREN;

  public static ActionDomain of(ActionKind kind) {
    return switch (kind) {
      case DISASTER -> ALARMEREN;
      case NON_CRIMINAL_ALERT -> INFORMEREN;
      case MISSING_CHILD,
          MISSING_PERSON_DEMENTIA,
          ROBBERY,
          BURGLARY,
          HIT_AND_RUN,
          STOLEN_VEHICLE,
          BAG_SNATCH,
          VIOLENCE,
          AMBER_ALERT ->
          OPSPOREN;
    };
  }
}
