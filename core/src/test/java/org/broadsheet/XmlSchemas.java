package org.broadsheet;

import java.net.URL;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;

/**
 * The XML Schemas of sitemaps the tests validate against ({@code schemas/*.xsd} among the test
 * resources), read by URL so that they are found in this module's classes and in the jar of its
 * tests that the other modules use alike.
 */
public final class XmlSchemas {

    private XmlSchemas() {
    }

    /** A validator for the schemas {@code names} together, such as {@code "xhtml-link.xsd", "sitemap.xsd"}. */
    public static Validator validator(String... names) throws SAXException {
        Source[] sources = Stream.of(names).map(name -> new StreamSource(url(name).toString())).toArray(Source[]::new);
        return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(sources).newValidator();
    }

    private static URL url(String name) {
        URL url = XmlSchemas.class.getResource("/schemas/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no schema " + name + " among the test resources' schemas/");
        }
        return url;
    }
}
