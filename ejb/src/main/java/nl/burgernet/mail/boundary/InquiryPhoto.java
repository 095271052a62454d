package nl.burgernet.mail.boundary;

/** The photo of an answer, for the investigator: its content type and bytes. */
public record InquiryPhoto(String contentType, byte[] content) {}
