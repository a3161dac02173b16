package org.broadsheet.importing.wordpress;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams a WordPress export (WXR 1.1 or 1.2) into {@link Wxr} records, one item at a time, so
 * an export of any size fits in memory. DTDs and external entities are refused: an export has
 * none, and they are how an entity bomb or an XXE attack comes in.
 */
public final class WxrReader {

    /** What receives the records, in the export's order. */
    public interface Sink {
        /**
         * The export's own site: its {@code title}, {@code description}, {@code link},
         * {@code language} and {@code wp:base_blog_url}, each as written (absent ones left out);
         * told once, before the first author or item.
         */
        default void site(Map<String, String> fields) throws IOException {
        }

        void author(Wxr.Author author) throws IOException;

        void item(Wxr.Item item) throws IOException;
    }

    /** The channel's fields that describe the exported site. */
    private static final Set<String> SITE_FIELDS = Set.of("title", "description", "link", "language", "wp:base_blog_url");

    private final XMLInputFactory factory = XMLInputFactory.newFactory();

    public WxrReader() {
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    }

    /**
     * Reads {@code file}, giving each author and item to {@code sink}.
     *
     * @throws WxrException when the file is not well-formed XML or holds a DTD, naming its line and column
     */
    public void read(Path file, Sink sink) throws WxrException, IOException {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = factory.createXMLStreamReader(in);
            Map<String, String> site = new HashMap<>();
            boolean siteTold = false;
            try {
                while (r.hasNext()) {
                    int event = r.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw new WxrException(at(file, r.getLocation())
                                + "the export declares a DTD, which a WordPress export never does; it is refused "
                                + "because DTD entities can expand without limit or read other files");
                    }
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        String name = name(r);
                        if (!siteTold && SITE_FIELDS.contains(name)) {
                            site.putIfAbsent(name, text(r).strip()); // the channel's own come before its image's
                            continue;
                        }
                        if (!siteTold && (name.equals("wp:author") || name.equals("item"))) {
                            sink.site(site);
                            siteTold = true;
                        }
                        if (name.equals("wp:author")) {
                            Map<String, String> f = fields(r, List.of());
                            sink.author(new Wxr.Author(f.getOrDefault("wp:author_login", ""),
                                    f.getOrDefault("wp:author_display_name", "")));
                        } else if (name.equals("item")) {
                            sink.item(item(r));
                        }
                    }
                }
                if (!siteTold) {
                    sink.site(site);
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw new WxrException(at(file, e.getLocation()) + plain(e.getMessage()));
        }
    }

    private static Wxr.Item item(XMLStreamReader r) throws XMLStreamException {
        int line = r.getLocation().getLineNumber();
        List<Wxr.Term> terms = new ArrayList<>();
        List<Wxr.Comment> comments = new ArrayList<>();
        Map<String, String> fields = new HashMap<>();
        Map<String, String> meta = new HashMap<>();
        while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = name(r);
            switch (name) {
                case "category" -> terms.add(new Wxr.Term(attribute(r, "domain"), attribute(r, "nicename"),
                        text(r).strip()));
                case "wp:comment" -> comments.add(new Wxr.Comment(unprefixed(fields(r, List.of("wp:commentmeta")))));
                case "wp:postmeta" -> {
                    Map<String, String> m = fields(r, List.of());
                    meta.put(m.getOrDefault("wp:meta_key", ""), m.getOrDefault("wp:meta_value", ""));
                }
                default -> fields.put(name, text(r));
            }
        }
        return new Wxr.Item(fields, meta, terms, comments, line);
    }

    /** The simple child elements of the current element, by name; {@code nested} ones are skipped. */
    private static Map<String, String> fields(XMLStreamReader r, List<String> nested) throws XMLStreamException {
        Map<String, String> fields = new HashMap<>();
        while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = name(r);
            if (nested.contains(name)) {
                skip(r);
            } else {
                fields.put(name, text(r));
            }
        }
        return fields;
    }

    private static Map<String, String> unprefixed(Map<String, String> fields) {
        Map<String, String> out = new HashMap<>();
        fields.forEach((k, v) -> out.put(k.substring(k.indexOf(':') + 1), v));
        return out;
    }

    /**
     * The text of the current element, up to its end tag. Unlike {@code getElementText}, an
     * element some plugin nests others in is not an error: their text is taken too.
     */
    private static String text(XMLStreamReader r) throws XMLStreamException {
        StringBuilder s = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                s.append(r.getText());
            }
        }
        return s.toString();
    }

    /** Reads past the current element and all it holds. */
    private static void skip(XMLStreamReader r) throws XMLStreamException {
        text(r);
    }

    private static String attribute(XMLStreamReader r, String name) {
        String value = r.getAttributeValue(null, name);
        return value == null ? "" : value;
    }

    /**
     * The element's name with the prefix WordPress uses for its namespace, whatever prefix the
     * file declares: the namespace URI of {@code wp} changes with the WXR version.
     */
    private static String name(XMLStreamReader r) {
        String uri = r.getNamespaceURI() == null ? "" : r.getNamespaceURI();
        String prefix;
        if (uri.startsWith("http://wordpress.org/export/")) {
            prefix = uri.contains("/excerpt/") ? "excerpt:" : "wp:";
        } else if (uri.equals("http://purl.org/rss/1.0/modules/content/")) {
            prefix = "content:";
        } else if (uri.equals("http://purl.org/dc/elements/1.1/")) {
            prefix = "dc:";
        } else if (uri.isEmpty()) {
            prefix = "";
        } else {
            prefix = r.getPrefix() == null || r.getPrefix().isEmpty() ? "" : r.getPrefix() + ":";
        }
        return prefix + r.getLocalName();
    }

    private static String at(Path file, Location location) {
        return location == null ? file + ": " : file + ":" + location.getLineNumber() + ":" + location.getColumnNumber() + ": ";
    }

    /** The parser's sentence without the location it puts in front of it. */
    private static String plain(String message) {
        String text = message == null ? "the export is not well-formed XML" : message;
        int cut = text.indexOf("Message: ");
        return cut >= 0 ? text.substring(cut + "Message: ".length()).strip() : text.strip();
    }
}
