package nl.burgernet.mail.entity;

/** What a Burgernetmail is about (issue 6; seed 000's domains Informeren and Betrekken). */
public enum MailKind {
  PREVENTION,
  WITNESS_CALL,
  LIVEABILITY,
  NEIGHBOURHOOD_INQUIRY,
  NEWSLETTER
}
