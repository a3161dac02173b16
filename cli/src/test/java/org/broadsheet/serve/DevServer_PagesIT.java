package org.broadsheet.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.broadsheet.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a browser gets from broadsheet serve: pages under the base path, 404s, content types, refusals. */
class DevServer_PagesIT {

    @TempDir
    static Path dir;

    static ServedSite served;

    @BeforeAll
    static void start() throws IOException {
        TestSite.in(dir)
                .file("broadsheet.yml", "title: The Served Times\nbaseUrl: https://example.org/news/\n")
                .article("content/world/storm.md", "title: Storm Reaches the Coast\ndate: 2026-01-05", "Rain.")
                .bytes("content/files/map.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                .file("content/files/report.pdf", "%PDF-1.4");
        served = ServedSite.start(dir);
    }

    @AfterAll
    static void stop() throws IOException {
        served.close();
    }

    @Test
    void pagesAreServedUnderTheBasePathWithTheReloadScript() {
        assertEquals("http://127.0.0.1:" + served.server.port() + "/news/", served.server.url().toString());
        HttpResponse<String> page = served.get("/news/world/storm/");
        assertEquals(200, page.statusCode());
        assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElse(""));
        assertTrue(page.body().contains("<h1 class=\"headline\">Storm Reaches the Coast</h1>"), page.body());
        assertTrue(page.body().contains("<script data-broadsheet-serve>"), page.body());
        assertTrue(page.body().indexOf("data-broadsheet-serve") < page.body().lastIndexOf("</body>"));
        assertEquals(200, served.get("/news/").statusCode());
    }

    @Test
    void theRootAndFoldersWithoutASlashRedirect() {
        HttpResponse<String> root = served.get("/");
        assertEquals(302, root.statusCode());
        assertEquals("/news/", root.headers().firstValue("Location").orElse(""));
        assertEquals("/news/", served.get("/news").headers().firstValue("Location").orElse(""));
        HttpResponse<String> folder = served.get("/news/world/storm?x=1");
        assertEquals(302, folder.statusCode());
        assertEquals("/news/world/storm/?x=1", folder.headers().firstValue("Location").orElse(""));
    }

    @Test
    void missingPagesGetTheSite404PageWithStatus404() {
        for (String path : new String[] {"/news/world/nope/", "/news/nope.css", "/elsewhere/"}) {
            HttpResponse<String> page = served.get(path);
            assertEquals(404, page.statusCode(), path);
            assertTrue(page.body().contains("<h1>Page not found</h1>"), page.body());
        }
    }

    @Test
    void eachFileHasItsContentType() {
        assertEquals("text/css; charset=utf-8", type("/news/assets/broadsheet.css"));
        assertEquals("application/atom+xml; charset=utf-8", type("/news/feed.xml"));
        assertEquals("application/xml; charset=utf-8", type("/news/sitemap.xml"));
        assertEquals("text/plain; charset=utf-8", type("/news/robots.txt"));
        assertEquals("image/png", type("/news/files/map.png"));
        assertEquals("application/pdf", type("/news/files/report.pdf"));
        assertEquals("nosniff", served.get("/news/").headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    void pathsThatTryToLeaveTheSiteAreRefused() throws IOException {
        assertEquals(400, served.rawStatus("/..%2f..%2fetc/passwd"));
        assertEquals(400, served.rawStatus("/news/..%2f..%2f..%2fetc/passwd"));
        assertEquals(400, served.rawStatus("/news/%2e%2e/%2e%2e/%2e%2e/etc/passwd"));
        assertEquals(400, served.rawStatus("/news/..%5c..%5cbroadsheet.yml"));
        assertEquals(400, served.rawStatus("/news/%ff.html"));
        int dotted = served.rawStatus("/news/../../etc/passwd");
        assertTrue(dotted == 400 || dotted == 404, "status " + dotted);
    }

    @Test
    void onlyRequestsForALoopbackNameAreAnsweredSoNoOtherSiteCanReadThePreview() throws IOException {
        int port = served.server.port();
        for (String host : new String[] {"evil.example", "evil.example:" + port, "127.0.0.1.evil.example",
                "localhost.evil.example", "evil-localhost:" + port, "0.0.0.0:" + port, "192.168.1.20", "[::2]:" + port,
                "127.0.0.256", ""}) {
            assertEquals(403, served.rawStatus("/news/world/storm/", "Host: " + host + "\r\n"), host);
            assertEquals(403, served.rawStatus(PageDecorations.EVENTS_PATH, "Host: " + host + "\r\n"), "events for " + host);
        }
        assertEquals(403, served.rawStatus("/news/world/storm/", ""), "no Host");
        assertEquals(403, served.rawStatus("/news/world/storm/", "Host: localhost\r\nHost: evil.example\r\n"), "two");
        for (String host : new String[] {"127.0.0.1:" + port, "localhost:" + port, "LOCALHOST", "localhost.",
                "preview.localhost:" + port, "[::1]:" + port, "127.0.0.2"}) {
            assertEquals(200, served.rawStatus("/news/world/storm/", "Host: " + host + "\r\n"), host);
        }
    }

    @Test
    void boundToTheNetworkItAlsoAnswersToIpAddressesButStillNotToOtherNames() throws IOException {
        try (ServedSite network = ServedSite.onTheNetwork(dir)) {
            int port = network.server.port();
            for (String host : new String[] {"192.168.1.20:" + port, "10.0.0.7", "[fe80::1]:" + port, "127.0.0.1:" + port,
                    "localhost:" + port}) {
                assertEquals(200, network.rawStatus("/news/world/storm/", "Host: " + host + "\r\n"), host);
            }
            for (String host : new String[] {"evil.example:" + port, "192.168.1.20.evil.example", "my-laptop.lan", ""}) {
                assertEquals(403, network.rawStatus("/news/world/storm/", "Host: " + host + "\r\n"), host);
            }
        }
    }

    @Test
    void onlyGetAndHeadAreAnswered() {
        HttpResponse<String> post = served.send("POST", "/news/");
        assertEquals(405, post.statusCode());
        assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElse(""));
        HttpResponse<String> head = served.send("HEAD", "/news/");
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
    }

    @Test
    void theBuildOutputNeverContainsTheReloadScript() throws IOException {
        TestSite site = TestSite.in(dir);
        assertEquals(0, site.build().exitCode());
        try (Stream<Path> files = Stream.concat(Files.walk(site.output()), Files.walk(dir.resolve(DevServer.OUTPUT)))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1).contains("_broadsheet"),
                        file.toString());
            }
        }
    }

    @Test
    void aBusyPortGetsAClearMessage() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            TestSite.Run run = TestSite.run("serve", "--source", dir.toString(), "--port",
                    Integer.toString(taken.getLocalPort()));
            assertEquals(1, run.exitCode());
            assertEquals("broadsheet: port " + taken.getLocalPort() + " on 127.0.0.1 is already in use (is another "
                    + "server running?); stop it or choose another port with --port N\n",
                    run.err().replace(System.lineSeparator(), "\n"));
        }
    }

    private static String type(String path) {
        HttpResponse<String> response = served.get(path);
        assertEquals(200, response.statusCode(), path);
        return response.headers().firstValue("Content-Type").orElse("");
    }
}
