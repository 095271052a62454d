package nl.burgernet.action.entity;

/**
 * What an action is about, as its deployment scenario says. Life-threatening kinds reach every
 * participant in the area, also those who had enough actions today or are in their quiet hours.
 */
public enum ActionKind {
  MISSING_CHILD(true),
  MISSING_PERSON_DEMENTIA(false),
  ROBBERY(false),
  BURGLARY(false),
  HIT_AND_RUN(false),
  STOLEN_VEHICLE(false),
  BAG_SNATCH(false),
  VIOLENCE(false),
  AMBER_ALERT(true),
  /** Alarmeren (seed 000): gas leak, explosion, disaster; a warning to people in danger. */
  DISASTER(true),
  NON_CRIMINAL_ALERT(false);

  private final boolean lifeThreatening;

  ActionKind(boolean lifeThreatening) {
    this.lifeThreatening = lifeThreatening;
  }

  public boolean isLifeThreatening() {
    return lifeThreatening;
  }
}
