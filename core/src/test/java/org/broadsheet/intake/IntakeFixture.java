package org.broadsheet.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.broadsheet.comments.ReplyTargets;

/**
 * A site folder as the last build left it (settings, the list of articles, one approved reply)
 * and an intake server for it on a free port, with clocks the test moves; plus a raw HTTP/1.1
 * client, so tests can send what a library would refuse to.
 */
final class IntakeFixture implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-11-28T10:15:00Z");

    final Path root;
    final AtomicLong nanos = new AtomicLong(1_000_000_000_000L);
    final IntakeServer server;

    /** A response as it came over the wire: status, headers (names in lower case), body. */
    record Response(int status, Map<String, List<String>> headers, String body) {
        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.get(0);
        }
    }

    IntakeFixture(Path root, String intakeSettings) throws Exception {
        this.root = root;
        Files.writeString(root.resolve("broadsheet.yml"), "title: T\nbaseUrl: https://example.org/news/\n"
                + "comments:\n  endpoint: https://example.org/replies\n" + intakeSettings);
        ReplyTargets.write(root, List.of(target("world/a"), target("world/b")));
        Files.createDirectories(root.resolve("comments/world/a"));
        Files.writeString(root.resolve("comments/world/a/c1.md"), "---\nid: c1\nname: Ana\ndate: 2026-11-27\n---\nHi\n");
        this.server = IntakeServer.start(root, "127.0.0.1", 0, Clock.fixed(NOW, ZoneOffset.UTC), nanos::get);
    }

    static ReplyTargets.Target target(String id) {
        return new ReplyTargets.Target(id, "https://example.org/news/" + id + "/", "https://example.org/news/replies/thanks/");
    }

    /** A valid reply to world/a, with {@code changes} ("name", "Bo") applied; a null value leaves a field out. */
    static String form(String... changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("comment", "A fine article.");
        fields.put("name", "Bo");
        fields.put("email", "bo@example.org");
        fields.put("website", "");
        fields.put("url", "");
        fields.put("article", "world/a");
        fields.put("replyTo", "");
        fields.put("lang", "en-US");
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        List<String> pairs = new ArrayList<>();
        fields.forEach((k, v) -> {
            if (v != null) {
                pairs.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        return String.join("&", pairs);
    }

    /** Posts a form as a browser does. */
    Response post(String body, String... headers) {
        return send("POST", "/replies", body.getBytes(StandardCharsets.UTF_8), null, join(
                "Content-Type: application/x-www-form-urlencoded", headers));
    }

    private static String[] join(String first, String[] rest) {
        return Stream.concat(Stream.of(first), Stream.of(rest)).toArray(String[]::new);
    }

    /** Given as a header line, leaves out the Origin that {@link #send} adds. */
    static final String NO_ORIGIN = "(no Origin)";

    /**
     * Sends one request on a new connection and reads the whole answer.
     *
     * @param from the local address to send from (any 127.x.y.z works on Linux), or null
     * @param headers header lines as sent; Content-Length is added for a body unless one is given,
     *                and the site's Origin, as the reply form's browser sends it, unless one
     *                or {@link #NO_ORIGIN} is given
     */
    Response send(String method, String path, byte[] body, String from, String... headers) {
        try (Socket socket = new Socket()) {
            if (from != null) {
                socket.bind(new InetSocketAddress(from, 0));
            }
            socket.connect(new InetSocketAddress("127.0.0.1", server.url().getPort()), 5000);
            socket.setSoTimeout(10_000);
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
            boolean hasLength = false;
            boolean hasOrigin = false;
            for (String h : headers) {
                String lower = h.toLowerCase(Locale.ROOT);
                hasLength |= lower.startsWith("content-length:") || lower.startsWith("transfer-encoding:");
                hasOrigin |= lower.startsWith("origin:") || h.equals(NO_ORIGIN);
                if (!h.equals(NO_ORIGIN)) {
                    head.append(h).append("\r\n");
                }
            }
            if (!hasOrigin) {
                head.append("Origin: https://example.org\r\n");
            }
            if (body != null && !hasLength) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            try {
                if (body != null) {
                    out.write(body);
                }
                out.flush();
            } catch (java.net.SocketException e) {
                // a server that refuses a body closes the connection without reading the rest of
                // it, often while it is still being sent: its answer arrived before the reset
                return read(socket.getInputStream());
            }
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try {
            in.transferTo(all);
        } catch (java.net.SocketException e) {
            // the server may reset a connection it refused to read further; what arrived is the answer
        }
        String text = all.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, end).split("\r\n");
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).strip());
        }
        return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(end + 4));
    }

    /** The files of the moderation queue, hidden ones too, by name. */
    List<String> queue() {
        Path folder = root.resolve("replies/queue");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String queued(String name) throws IOException {
        return Files.readString(root.resolve("replies/queue").resolve(name));
    }

    @Override
    public void close() {
        server.close();
    }
}
