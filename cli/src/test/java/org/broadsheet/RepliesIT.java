package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.broadsheet.cli.Main;
import org.broadsheet.intake.IntakeServer;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reply's whole way: the form posts it, the server queues it, a moderator approves it, the build publishes it. */
class RepliesIT {

    private static final String EVIL = "<script>alert(1)</script>\"><img src=x onerror=alert(1)>";

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private HttpResponse<String> post(URI url, Map<String, String> fields) throws Exception {
        return http.send(HttpRequest.newBuilder(url).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://example.org")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void markupInEveryFieldTravelsAsTextFromTheFormToThePage() throws Exception {
        TestSite site = TestSite.copyOf("sites/replies", dir);
        // every post counts against the address's allowance, refused ones too; this test makes six
        Files.writeString(dir.resolve("broadsheet.yml"), Files.readString(dir.resolve("broadsheet.yml"))
                + "  intake:\n    repliesPerMinute: 10\n");
        assertEquals(0, site.build().exitCode());
        // the names the built form sends, read from the page as a browser would
        Element builtForm = site.page("world/alpha/index.html").selectFirst("form.reply-form");
        Map<String, String> fields = new LinkedHashMap<>();
        builtForm.select("[name]").forEach(f -> fields.put(f.attr("name"), f.val()));
        fields.put("comment", EVIL + "\n\n[x](javascript:alert(1)) <iframe src=//evil.example>");
        fields.put("name", EVIL);
        fields.put("email", "reader@example.org");
        fields.put("replyTo", "a1");

        String id;
        try (IntakeServer server = IntakeServer.start(dir, "127.0.0.1", 0)) {
            URI url = server.url();
            for (String field : new String[] {"email", "website", "article", "replyTo", "lang"}) {
                Map<String, String> bad = new LinkedHashMap<>(fields);
                bad.put(field, EVIL);
                assertEquals(400, post(url, bad).statusCode(), field + " with markup is refused");
            }
            HttpResponse<String> accepted = post(url, fields);
            assertEquals(303, accepted.statusCode(), accepted.body());
            assertEquals("https://example.org/news/replies/thanks/?to=%2Fnews%2Fworld%2Falpha%2F",
                    accepted.headers().firstValue("Location").orElseThrow());
            try (var queue = Files.list(dir.resolve("replies/queue"))) {
                id = queue.findFirst().orElseThrow().getFileName().toString().replace(".md", "");
            }
        }

        assertEquals(0, TestSite.run("replies", "approve", "--source", dir.toString(), id).exitCode());
        TestSite.Run build = site.build();
        assertEquals(0, build.exitCode(), build.toString());
        Element comment = site.page("world/alpha/index.html").selectFirst("#comment-" + id);
        assertEquals(EVIL, comment.selectFirst(".comment-author").text());
        assertEquals(EVIL + "\nx &lt;iframe src=//evil.example&gt;".replace("&lt;", "<").replace("&gt;", ">"),
                comment.selectFirst(".comment-content").wholeText().strip());
        assertTrue(comment.select(".comment-content a, iframe").isEmpty());
        assertEquals("comment-a1", comment.parent().parent().id(), "it answers a1");
        SafetyIT.assertNoActiveContent(site);
        for (String file : site.outputFiles()) {
            assertFalse(site.text(file).contains("reader@example.org"), file);
        }
    }

    @Test
    void theServeCommandRunsUntilStoppedAndExplainsWhyItCannotStart() throws Exception {
        TestSite site = TestSite.copyOf("sites/replies", dir);
        TestSite.Run unbuilt = TestSite.run("replies", "serve", "--source", dir.toString(), "--port", "0");
        assertEquals(1, unbuilt.exitCode());
        assertEquals("broadsheet: .broadsheet/replies/articles.tsv is missing: build the site first (broadsheet build), "
                + "so the server knows which articles take replies\n", unbuilt.err());
        assertEquals(0, site.build().exitCode());

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process server = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "replies", "serve", "--source", dir.toString(), "--port", "0").redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertTrue(line.matches("Taking replies to 2 articles at http://127\\.0\\.0\\.1:\\d+/replies "
                    + "\\(the form posts to https://example\\.org/replies\\); Ctrl-C stops\\."), line);
            URI url = URI.create(line.replaceAll(".* at (\\S+) .*", "$1"));
            Map<String, String> fields = Map.of("comment", "Hi", "name", "Bo", "email", "bo@example.org", "article", "world/beta");
            assertEquals(303, post(url, fields).statusCode());
        } finally {
            server.destroy(); // SIGTERM: the server stops taking requests and exits
            assertTrue(server.waitFor(10, TimeUnit.SECONDS), "the server stops when told to");
        }
        TestSite.Run list = TestSite.run("replies", "list", "--source", dir.toString());
        assertTrue(list.out().endsWith("1 reply is waiting for moderation: broadsheet replies approve ID… or reject ID…\n"), list.out());

        Files.writeString(dir.resolve("broadsheet.yml"), "title: No replies\n");
        TestSite.Run closed = TestSite.run("replies", "serve", "--source", dir.toString(), "--port", "0");
        assertEquals(1, closed.exitCode());
        assertEquals("broadsheet: broadsheet.yml sets no comments.endpoint, so the site has no reply form to take "
                + "replies from; set it, build the site, and start again\n", closed.err());
    }
}
