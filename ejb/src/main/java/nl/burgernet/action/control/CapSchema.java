package nl.burgernet.action.control;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;

/**
 * The OASIS CAP 1.2 schema (the official XSD, shipped with the application), to check CAP documents
 * against. Validation never fetches anything: no DTDs, no external schemas.
 */
public final class CapSchema {

  private static final Schema SCHEMA = load();

  private CapSchema() {}

  /**
   * @throws SAXException naming what breaks the schema, when the document is no valid CAP 1.2
   */
  public static void validate(String document) throws SAXException {
    Validator validator = SCHEMA.newValidator();
    try {
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      validator.validate(new StreamSource(new StringReader(document)));
    } catch (IOException e) {
      throw new IllegalStateException("reading a string does not fail", e);
    }
  }

  private static Schema load() {
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      return factory.newSchema(CapSchema.class.getResource("CAP-v1.2.xsd"));
    } catch (SAXException e) {
      throw new IllegalStateException("the CAP 1.2 schema shipped with the application", e);
    }
  }
}
