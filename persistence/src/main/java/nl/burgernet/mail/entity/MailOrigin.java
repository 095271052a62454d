package nl.burgernet.mail.entity;

/**
 * Who asks for the mail. Police requests are in a criminal context and are always reviewed before
 * they go out (seed 004: "inhoudelijk toetsen"); municipality messages follow the region's policy.
 */
public enum MailOrigin {
  POLICE,
  MUNICIPALITY
}
