package org.broadsheet.check;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.broadsheet.problem.Problem.Severity;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Checks the XML files of a built site as a feed reader and a crawler would: each must parse;
 * an Atom feed's entries and a sitemap's URLs must point at pages that exist.
 */
final class FeedChecks {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final SiteAddress address;
    private final OutputFiles files;
    private final Findings findings;

    FeedChecks(SiteAddress address, OutputFiles files, Findings findings) {
        this.address = address;
        this.files = files;
        this.findings = findings;
    }

    /** Checks the XML file at {@code outputPath}; true when it parses. */
    boolean check(String outputPath) {
        Document xml;
        try {
            xml = parser().parse(files.path(outputPath).toFile());
        } catch (SAXParseException e) {
            findings.atKey(Severity.ERROR, outputPath, null, "does not parse as XML (line " + e.getLineNumber()
                    + ", column " + e.getColumnNumber() + "): " + e.getMessage());
            return false;
        } catch (SAXException | IOException e) {
            findings.atKey(Severity.ERROR, outputPath, null, "does not parse as XML: " + e.getMessage());
            return false;
        }
        Element root = xml.getDocumentElement();
        if (ATOM.equals(root.getNamespaceURI()) && root.getLocalName().equals("feed")) {
            NodeList links = root.getElementsByTagNameNS(ATOM, "link");
            for (int i = 0; i < links.getLength(); i++) {
                Element link = (Element) links.item(i);
                if (link.getAttribute("rel").isEmpty() || link.getAttribute("rel").equals("alternate")) {
                    pointsAtAPage(outputPath, link.getAttribute("href"), "links to");
                }
            }
        } else if (SITEMAP.equals(root.getNamespaceURI()) && root.getLocalName().equals("urlset")) {
            NodeList locs = root.getElementsByTagNameNS(SITEMAP, "loc");
            for (int i = 0; i < locs.getLength(); i++) {
                pointsAtAPage(outputPath, locs.item(i).getTextContent().strip(), "lists");
            }
        }
        return true;
    }

    private void pointsAtAPage(String outputPath, String url, String verb) {
        try {
            Optional<SiteAddress.Target> target = address.resolve(URI.create(address.origin() + address.basePath()), url);
            if (target.isPresent() && files.servedFor(target.get().path()) == null) {
                findings.atKey(Severity.ERROR, outputPath, null, verb + " " + url + ", which is not a page of the site");
            }
        } catch (IllegalArgumentException e) {
            findings.atKey(Severity.ERROR, outputPath, null, verb + " \"" + url + "\", which is not a valid URL");
        }
    }

    /** A namespace-aware parser that reads no DTD and no external entity: built files are data, not instructions. */
    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler() {
                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
