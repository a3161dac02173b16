package org.broadsheet.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.broadsheet.hash.Fingerprint;

/**
 * The search library the search page runs in the browser: Lunr, from its WebJar inside
 * Broadsheet's jar, published as it is at a path that names its version, so that browsers may
 * cache it for as long as they like.
 */
public final class SearchLibrary {

    private static final String WEBJAR = "/META-INF/resources/webjars/lunr/";
    private static final String POM = "/META-INF/maven/org.webjars.npm/lunr/pom.properties";

    /** The version the WebJar holds, from its own metadata, so that a new version in pom.xml is all an update takes. */
    static final String VERSION = version();

    /** Where the library goes in the output folder. */
    public static final String OUTPUT_PATH = "assets/lunr-" + VERSION + ".min.js";

    private SearchLibrary() {
    }

    /** The library's minified script, with its licence in its opening comment. */
    static StaticFile file() {
        String resource = WEBJAR + VERSION + "/lunr.min.js";
        try (InputStream in = SearchLibrary.class.getResourceAsStream(resource)) {
            long fingerprint = in == null ? 0 : Fingerprint.of(in.readAllBytes());
            return new StaticFile(OUTPUT_PATH, "(built-in) the search library " + resource, null, resource, fingerprint);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String version() {
        try (InputStream in = SearchLibrary.class.getResourceAsStream(POM)) {
            if (in == null) {
                throw new IllegalStateException("the search library's WebJar is missing from the class path");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
