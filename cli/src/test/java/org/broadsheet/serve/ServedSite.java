package org.broadsheet.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.broadsheet.BuildProgress;

/** A dev server on a free loopback port for a test, with a browser's view of it: pages and the reload channel. */
final class ServedSite implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(20);

    final DevServer server;
    final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private ServedSite(Path root, boolean drafts, InetAddress bind) throws IOException {
        server = DevServer.start(new DevServer.Options(root, 0, drafts, false, Instant::now, BuildProgress.NONE, log::add,
                bind, null));
    }

    private ServedSite(Path root, boolean drafts) throws IOException {
        this(root, drafts, InetAddress.getLoopbackAddress());
    }

    static ServedSite start(Path root) throws IOException {
        return new ServedSite(root, false);
    }

    /** A server listening on every address of this machine, as {@code serve --bind 0.0.0.0} starts it. */
    static ServedSite onTheNetwork(Path root) throws IOException {
        return new ServedSite(root, false, InetAddress.getByName("0.0.0.0"));
    }

    /** GET {@code path} (a path with its query, as a browser sends it). */
    HttpResponse<String> get(String path) {
        return send("GET", path);
    }

    HttpResponse<String> send(String method, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).timeout(TIMEOUT).build();
        try {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // The client may reuse a kept-alive connection the server has just closed; a
                // browser retries such a request too. A second failure is a real one.
                return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The status line's code for a request path sent byte for byte, as no HTTP client library would send it. */
    int rawStatus(String rawPath) throws IOException {
        return rawStatus(rawPath, "Host: 127.0.0.1\r\n");
    }

    /** The same, with {@code hostLines} as the Host header lines (each ending in CRLF; empty for none). */
    int rawStatus(String rawPath, String hostLines) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + rawPath + " HTTP/1.1\r\n" + hostLines + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }

    /** Polls {@code path} until it answers 200 with a body that passes {@code test}; fails after the timeout. */
    HttpResponse<String> awaitPage(String path, Predicate<String> test) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        HttpResponse<String> response = get(path);
        while (response.statusCode() != 200 || !test.test(response.body())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("page " + path + " never changed as expected; it is now:\n" + response.body()
                        + "\nserver log:\n" + String.join("\n", log));
            }
            Thread.sleep(20);
            response = get(path);
        }
        return response;
    }

    /** Opens the reload channel as a script that does not say its page; build ids arrive in the returned queue. */
    BlockingQueue<String> listen() {
        return listen(null);
    }

    /** Opens the reload channel as the script of the page at URL path {@code page} does. */
    BlockingQueue<String> listen(String page) {
        BlockingQueue<String> builds = new LinkedBlockingQueue<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + PageDecorations.EVENTS_PATH + (page == null ? ""
                        : "?page=" + java.net.URLEncoder.encode(page, StandardCharsets.UTF_8)))).build();
        client.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> {
            builds.add("status " + response.statusCode() + " " + response.headers().firstValue("Content-Type").orElse(""));
            response.body().filter(line -> line.startsWith("data: ")).forEach(line -> builds.add(line.substring(6)));
        });
        return builds;
    }

    /** The build id a message of the channel announces. */
    static String id(String message) {
        return message.split(" ")[0];
    }

    /** The pages a message of the channel reloads: {@code *} for every page, else their URL paths. */
    static List<String> pages(String message) {
        List<String> words = List.of(message.split(" "));
        return words.get(1).equals("*") ? List.of("*") : words.subList(2, words.size());
    }

    /** The next message of a channel, or a failure after the timeout. */
    static String next(BlockingQueue<String> channel) throws InterruptedException {
        String message = channel.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        if (message == null) {
            throw new AssertionError("no message on the reload channel within " + TIMEOUT);
        }
        return message;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
