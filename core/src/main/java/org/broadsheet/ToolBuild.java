package org.broadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Which build of Broadsheet this is, as the jar's {@code broadsheet-version.properties} says. */
final class ToolBuild {

    private static final Properties BUILD_INFO = read();

    private ToolBuild() {
    }

    /** Broadsheet's version: "development" when run from classes without the jar's metadata. */
    static String version() {
        return BUILD_INFO.getProperty("version", "development");
    }

    /**
     * The version and when it was compiled. Cached work is reused only by the same build, so a
     * rebuilt snapshot never serves pages the old one rendered.
     */
    static String id() {
        return version() + "+" + BUILD_INFO.getProperty("build", "");
    }

    private static Properties read() {
        Properties properties = new Properties();
        try (InputStream in = ToolBuild.class.getResourceAsStream("/broadsheet-version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // an unreadable resource leaves the version "development"
        }
        return properties;
    }
}
