package nl.burgernet.action.boundary;

/** A tip's photo for staff: its content type and bytes. */
public record TipPhotoView(String contentType, byte[] content) {}
