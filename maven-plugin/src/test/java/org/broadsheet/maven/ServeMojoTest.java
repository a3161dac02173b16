package org.broadsheet.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.broadsheet.serve.DevServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** broadsheet:serve's configuration, as the options the dev server starts with (the server itself is DevServer's tests'). */
class ServeMojoTest {

    @TempDir
    Path dir;

    @Test
    void theServerServesTheConfiguredSiteOnTheConfiguredPortAndAddress() throws Exception {
        ServeMojo mojo = mojo();
        mojo.port = 8181;
        mojo.bind = "0.0.0.0";
        mojo.drafts = true;
        mojo.environment = "staging";
        DevServer.Options options = mojo.options(mojo.request());
        assertEquals(dir, options.siteRoot());
        assertEquals(8181, options.port());
        assertEquals(InetAddress.getByName("0.0.0.0"), options.bind());
        assertTrue(options.drafts());
        assertFalse(options.future());
        assertEquals("staging", options.environment());
    }

    @Test
    void aPortOutOfRangeIsAConfigurationError() {
        ServeMojo mojo = mojo();
        mojo.port = 70000;
        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> mojo.options(mojo.request()));
        assertEquals("port 70000 is not a port number (1 to 65535)", e.getMessage());
    }

    private ServeMojo mojo() {
        ServeMojo mojo = new ServeMojo();
        mojo.sourceDirectory = dir.toFile();
        mojo.port = 8080;
        mojo.bind = "127.0.0.1";
        return mojo;
    }
}
