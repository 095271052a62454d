package nl.burgernet.action.boundary;

/**
 * The texts an action would send, composed from the scenario's wording, the description and the
 * callback number.
 */
public record MessagePreview(
    String smsText, SmsFacts sms, String voiceText, String mailSubject, String mailBody) {}
