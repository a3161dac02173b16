package org.broadsheet.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.broadsheet.BuildRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The POM's configuration, as the build request a goal runs. */
class SiteMojoTest {

    @TempDir
    Path dir;

    @Test
    void byDefaultTheSiteFolderIsBuiltIntoItsSiteFolderAsTheCommandLineDoes() {
        BuildRequest request = mojo().request();
        assertEquals(dir, request.siteRoot());
        assertEquals(dir.resolve("site"), request.output());
        assertFalse(request.includeDrafts());
        assertFalse(request.includeFuture());
        assertNull(request.baseUrl());
        assertNull(request.environment());
    }

    @Test
    void everyParameterReachesTheRequest() {
        BuildMojo mojo = mojo();
        mojo.outputDirectory = dir.resolve("target/site").toFile();
        mojo.drafts = true;
        mojo.future = true;
        mojo.baseUrl = "https://staging.example.org/news/";
        mojo.environment = "staging";
        BuildRequest request = mojo.request();
        assertEquals(dir.resolve("target/site"), request.output());
        assertTrue(request.includeDrafts());
        assertTrue(request.includeFuture());
        assertEquals("https://staging.example.org/news/", request.baseUrl());
        assertEquals("staging", request.environment());
    }

    @Test
    void anEmptyBaseUrlOrEnvironmentNamesNone() {
        BuildMojo mojo = mojo();
        mojo.baseUrl = "";
        mojo.environment = " ";
        assertNull(mojo.request().baseUrl());
        assertNull(mojo.request().environment());
    }

    @Test
    void aSourceDirectoryThatIsNoFolderIsAConfigurationError() {
        BuildMojo mojo = mojo();
        mojo.sourceDirectory = dir.resolve("nowhere").toFile();
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals(dir.resolve("nowhere") + " is not a folder; <sourceDirectory> names the site folder", e.getMessage());
    }

    @Test
    void skipBuildsNothing() throws Exception {
        BuildMojo mojo = mojo();
        Files.writeString(dir.resolve("broadsheet.yml"), "title: T\n");
        mojo.skip = true;
        List<String> logged = new ArrayList<>();
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence line) {
                logged.add(line.toString());
            }
        });
        mojo.execute();
        assertFalse(Files.exists(dir.resolve("site")));
        assertEquals(List.of("Skipping Broadsheet (broadsheet.skip)"), logged);
    }

    private BuildMojo mojo() {
        BuildMojo mojo = new BuildMojo();
        mojo.sourceDirectory = dir.toFile();
        return mojo;
    }
}
