package org.broadsheet.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.broadsheet.BuildProgress;
import org.broadsheet.serve.DevServer;

/**
 * Save-to-reload time of {@code broadsheet serve}, as an author sees it: from writing one
 * article to having its reloaded page, with the change, in hand. Like a browser tab, it
 * listens on the reload channel; when an announcement names its page it fetches the page again.
 * It also reports when the build that brings the rest of the site up to date has ended. It
 * times edits of an article's body, then edits of a template (a partial every page includes).
 *
 * <p>Run it with {@code bash src/bench/save-to-reload.sh} (see that script); by hand:
 * {@code java -cp cli/target/broadsheet.jar src/bench/java/org/broadsheet/bench/SaveToReload.java CORPUS [RUNS]}.
 */
public final class SaveToReload {

    /** Changes a file so that the page shows {@code marker}. */
    interface Edit {
        void apply(String marker) throws IOException;
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]).toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path article;
        try (Stream<Path> files = Files.list(corpus.resolve("content/world"))) {
            article = files.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
        String original = Files.readString(article);
        String slug = article.getFileName().toString().replaceFirst("\\.md$", "");
        // A template of the site's own, the same as the theme's to begin with, that the template runs change.
        Path footer = corpus.resolve("templates/partials/footer.ftlh");
        boolean ownFooter = Files.exists(footer);
        String footerText;
        try (var in = SaveToReload.class.getResourceAsStream("/theme/templates/partials/footer.ftlh")) {
            footerText = ownFooter ? Files.readString(footer) : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.createDirectories(footer.getParent());
        Files.writeString(footer, footerText);
        long t0 = System.nanoTime();
        // The server logs the summary as each build ends.
        AtomicLong buildEnded = new AtomicLong();
        Supplier<Instant> clock = Instant::now;
        Consumer<String> log = line -> {
            if (line.startsWith("Built ")) {
                buildEnded.set(System.nanoTime());
            }
        };
        try (DevServer server = DevServer.start(new DevServer.Options(corpus, 0, false, false, clock,
                BuildProgress.NONE, log))) {
            System.out.printf(Locale.ROOT, "first build and start: %.1f s%n", (System.nanoTime() - t0) / 1e9);
            HttpClient client = HttpClient.newHttpClient();
            String path = "/world/" + slug + "/";
            BlockingQueue<String> builds = listen(client, server.port(), path);
            builds.take(); // the build the server started with
            Tab tab = new Tab(client, URI.create("http://127.0.0.1:" + server.port() + path), path, builds, buildEnded);
            try {
                tab.measure("article edit", runs, marker -> Files.writeString(article, original + "\n" + marker + "\n",
                        StandardCharsets.UTF_8));
                tab.measure("template edit", Math.max(1, runs / 2), marker -> Files.writeString(footer,
                        footerText + "<p hidden>" + marker + "</p>\n", StandardCharsets.UTF_8));
            } finally {
                Files.writeString(article, original, StandardCharsets.UTF_8);
                if (ownFooter) {
                    Files.writeString(footer, footerText);
                } else {
                    Files.delete(footer);
                    Files.deleteIfExists(footer.getParent());
                    Files.deleteIfExists(footer.getParent().getParent());
                }
            }
        }
    }

    /** A browser tab showing one page, listening on the reload channel. */
    private record Tab(HttpClient client, URI page, String path, BlockingQueue<String> builds, AtomicLong buildEnded) {

        /** Times {@code runs} edits from the save to the reloaded page, and to the end of the build. */
        void measure(String what, int runs, Edit edit) throws Exception {
            List<Double> millis = new ArrayList<>();
            List<Double> rebuilt = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                String marker = "Benchmark edit " + run + " at " + System.nanoTime() + ".";
                long start = System.nanoTime();
                edit.apply(marker);
                // a tab showing the page reloads at the first announcement that names its page
                String reload;
                do {
                    reload = builds.poll(10, TimeUnit.MINUTES);
                } while (reload != null && !reloads(reload, path));
                String body = client.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString())
                        .body();
                double elapsed = (System.nanoTime() - start) / 1e6;
                if (reload == null || !body.contains(marker)) {
                    throw new IllegalStateException(what + " " + run + ": the reloaded page does not show the edit");
                }
                millis.add(elapsed);
                while (buildEnded.get() < start) { // the build that brings the rest of the site up to date
                    Thread.sleep(5);
                }
                double built = (buildEnded.get() - start) / 1e6;
                rebuilt.add(built);
                System.out.printf(Locale.ROOT,
                        "%s %d: save to reloaded page %.0f ms; whole site rebuilt after %.0f ms%n", what, run, elapsed, built);
                Thread.sleep(300); // an author reads before saving again
                builds.clear();
            }
            System.out.printf(Locale.ROOT, "%s, %d runs: save to reloaded page, median %.0f ms (min %.0f, max %.0f); "
                    + "whole site rebuilt: median %.0f ms%n", what, runs, median(millis),
                    millis.stream().min(Double::compare).get(), millis.stream().max(Double::compare).get(),
                    median(rebuilt));
        }
    }

    private static double median(List<Double> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    /** Whether a page at {@code path} reloads on this announcement: {@code ID *} or {@code ID pages PATH…}. */
    private static boolean reloads(String announcement, String path) {
        List<String> words = List.of(announcement.split(" "));
        return words.get(1).equals("*") || words.subList(2, words.size()).contains(path);
    }

    /** The reload channel as the script of the page at {@code path} hears it: one message per announced build. */
    private static BlockingQueue<String> listen(HttpClient client, int port, String path) throws IOException {
        BlockingQueue<String> builds = new LinkedBlockingQueue<>();
        client.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/_broadsheet/events?page="
                + java.net.URLEncoder.encode(path, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> response.body()
                        .filter(line -> line.startsWith("data: ")).forEach(line -> builds.add(line.substring(6))));
        return builds;
    }
}
