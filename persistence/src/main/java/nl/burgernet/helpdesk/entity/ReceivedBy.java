package nl.burgernet.helpdesk.entity;

/** How the helpdesk received the ticket (seed 004: "vragen via de telefoon/mail aannemen"). */
public enum ReceivedBy {
  PHONE,
  MAIL
}
