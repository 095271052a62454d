package nl.burgernet.security.entity;

/**
 * The roles of Burgernet's staff (seed 004 lists their tasks). The names are the Jakarta Security
 * group names used in {@code @RolesAllowed} and in {@code web.xml}.
 */
public enum StaffRole {
  CONTROL_ROOM_OPERATOR,
  INVESTIGATING_OFFICER,
  /** Police communications (communicatieadviseur politie): the public action reports. */
  COMMUNICATIONS_OFFICER,
  MUNICIPALITY_AMBASSADOR,
  RELATION_MANAGER,
  REGIONAL_HELPDESK,
  MANAGER,
  STEERING_GROUP_MEMBER,
  FUNCTIONAL_ADMINISTRATOR;

  /** Role names for annotations, which need compile-time constants. */
  public static final class Names {
    public static final String CONTROL_ROOM_OPERATOR = "CONTROL_ROOM_OPERATOR";
    public static final String INVESTIGATING_OFFICER = "INVESTIGATING_OFFICER";
    public static final String COMMUNICATIONS_OFFICER = "COMMUNICATIONS_OFFICER";
    public static final String MUNICIPALITY_AMBASSADOR = "MUNICIPALITY_AMBASSADOR";
    public static final String RELATION_MANAGER = "RELATION_MANAGER";
    public static final String REGIONAL_HELPDESK = "REGIONAL_HELPDESK";
    public static final String MANAGER = "MANAGER";
    public static final String STEERING_GROUP_MEMBER = "STEERING_GROUP_MEMBER";
    public static final String FUNCTIONAL_ADMINISTRATOR = "FUNCTIONAL_ADMINISTRATOR";

    private Names() {}
  }
}
