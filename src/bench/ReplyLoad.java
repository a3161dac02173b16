/*
 * Broadsheet's reply intake load test: many concurrent clients posting replies on loopback.
 *
 * Usage, from the repository root, after `mvn -q -DskipTests package`:
 *   java src/bench/ReplyLoad.java [--clients 200] [--seconds 30] [--per-minute 1000000]
 *                                 [--jar cli/target/broadsheet.jar] [--work DIR]
 *
 * It copies the sample site's content/ into a fresh site folder (--work, kept afterwards; by
 * default a temporary folder, deleted when all went well) whose broadsheet.yml allows --per-minute posts per client address, builds it, starts
 * `broadsheet replies serve` on a free port, and runs --clients threads for --seconds, each on
 * its own keep-alive connection from its own loopback address (127.0.0.2, 127.0.0.3, ... on
 * Linux), posting replies as a script would (Accept: application/json) and timing each one.
 * Then it checks that the server is still up, stops it, and checks the moderation queue: every
 * reply the server accepted is there exactly once and whole, and nothing else is. It prints
 * throughput and latency percentiles and exits with 1 if any check failed.
 *
 * A single source file run by the JDK's launcher (no build step), and not a test: it takes
 * half a minute and measures the machine as much as the code.
 */

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

public class ReplyLoad {

    static final String ARTICLE = "world/maduro-talks";

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new HashMap<>(Map.of("--clients", "200", "--seconds", "30",
                "--per-minute", "1000000", "--jar", "cli/target/broadsheet.jar"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            opt.put(args[i], args[i + 1]);
        }
        int clients = Integer.parseInt(opt.get("--clients"));
        int seconds = Integer.parseInt(opt.get("--seconds"));
        Path jar = Path.of(opt.get("--jar")).toAbsolutePath();
        boolean keep = opt.containsKey("--work");
        Path site = keep ? Path.of(opt.get("--work")) : Files.createTempDirectory("broadsheet-load");
        prepare(site, Integer.parseInt(opt.get("--per-minute")));
        run(List.of(java(), "-jar", jar.toString(), "build", "--source", site.toString(), "--quiet"));

        Process server = new ProcessBuilder(java(), "-jar", jar.toString(), "replies", "serve", "--source",
                site.toString(), "--port", "0").redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String banner = new String(readLine(server.getInputStream()), StandardCharsets.UTF_8);
        URI url = URI.create(banner.replaceAll(".* at (\\S+) .*", "$1"));
        System.out.printf("%d clients for %d s against %s (site %s)%n", clients, seconds, url, site);

        Results results = new Results();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread t = new Thread(() -> client(client, url, deadline, results), "client-" + c);
            threads.add(t);
            t.start();
        }
        long start = System.nanoTime();
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        boolean up = server.isAlive();
        server.destroy();
        server.waitFor();

        List<String> failures = new ArrayList<>();
        if (!up) {
            failures.add("the server was not running at the end");
        }
        check(site, results, failures);
        report(results, elapsed, clients);
        failures.forEach(f -> System.out.println("FAILED: " + f));
        System.out.println(failures.isEmpty() ? "OK: every accepted reply is in the queue exactly once, whole; the server stayed up."
                : "FAILED");
        if (!keep && failures.isEmpty()) {
            delete(site);
        }
        System.exit(failures.isEmpty() ? 0 : 1);
    }

    static void delete(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Every client's outcomes: latencies, status counts, the markers of accepted replies with their ids. */
    static final class Results {
        final ConcurrentHashMap<String, String> accepted = new ConcurrentHashMap<>();
        final ConcurrentHashMap<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        final AtomicLong errors = new AtomicLong();
        final AtomicLong unbound = new AtomicLong();
        final List<long[]> latencies = new ArrayList<>();
    }

    static void client(int client, URI url, long deadline, Results results) {
        long[] latencies = new long[1 << 16];
        int n = 0;
        String from = "127.0.0." + (2 + client % 250);
        Socket socket = null;
        InputStream in = null;
        for (int seq = 0; System.nanoTime() < deadline; seq++) {
            String marker = "load-" + client + "-" + seq;
            byte[] body = ("comment=" + enc("Reply " + marker + " with some text, ünïcödé and <b>markup</b>.\n\nSecond paragraph.")
                    + "&name=" + enc("Client " + client) + "&email=" + enc("c" + client + "@example.org")
                    + "&website=&url=&article=" + enc(ARTICLE) + "&replyTo=&lang=en-US").getBytes(StandardCharsets.UTF_8);
            byte[] head = ("POST " + url.getRawPath() + " HTTP/1.1\r\nHost: " + url.getAuthority()
                    + "\r\nOrigin: https://example.org\r\nContent-Type: application/x-www-form-urlencoded\r\nAccept: application/json\r\nContent-Length: "
                    + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            long t0 = System.nanoTime();
            try {
                if (socket == null) {
                    socket = connect(url, from, results);
                    in = new BufferedInputStream(socket.getInputStream());
                }
                OutputStream out = socket.getOutputStream();
                out.write(head);
                out.write(body);
                out.flush();
                String[] response = read(in);
                long took = System.nanoTime() - t0;
                if (n == latencies.length) {
                    latencies = Arrays.copyOf(latencies, n * 2);
                }
                latencies[n++] = took;
                int status = Integer.parseInt(response[0]);
                results.statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                if (status == 202) {
                    results.accepted.put(marker, response[1].replaceAll(".*\"id\":\"([^\"]+)\".*", "$1"));
                }
                if (response[2] != null) {
                    socket.close();
                    socket = null;
                }
            } catch (IOException e) {
                results.errors.incrementAndGet();
                try {
                    if (socket != null) {
                        socket.close();
                    }
                } catch (IOException ignored) {
                    // closing a broken connection
                }
                socket = null;
            }
        }
        synchronized (results.latencies) {
            results.latencies.add(Arrays.copyOf(latencies, n));
        }
        try {
            if (socket != null) {
                socket.close();
            }
        } catch (IOException ignored) {
            // the test is over
        }
    }

    static Socket connect(URI url, String from, Results results) throws IOException {
        Socket socket = new Socket();
        try {
            socket.bind(new InetSocketAddress(from, 0));
        } catch (IOException e) {
            socket.close();
            socket = new Socket(); // only 127.0.0.1 here (macOS): all clients share one address
            results.unbound.incrementAndGet();
        }
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(30_000);
        socket.connect(new InetSocketAddress(url.getHost(), url.getPort()), 10_000);
        return socket;
    }

    /** Reads one response: {status, body, "close" or null}. */
    static String[] read(InputStream in) throws IOException {
        String status = new String(readLine(in), StandardCharsets.US_ASCII);
        if (status.isEmpty()) {
            throw new IOException("connection closed");
        }
        int length = 0;
        String close = null;
        for (String line; !(line = new String(readLine(in), StandardCharsets.US_ASCII)).isEmpty(); ) {
            String lower = line.toLowerCase();
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).strip());
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                close = "close";
            }
        }
        byte[] body = in.readNBytes(length);
        return new String[] {status.split(" ")[1], new String(body, StandardCharsets.UTF_8), close};
    }

    static byte[] readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b; (b = in.read()) != -1 && b != '\n'; ) {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toByteArray();
    }

    /** The queue holds each accepted reply once, whole, under its id, and nothing else. */
    static void check(Path site, Results results, List<String> failures) throws IOException {
        Path queue = site.resolve("replies/queue");
        Map<String, Integer> seen = new HashMap<>();
        int files = 0;
        int hidden = 0;
        try (Stream<Path> list = Files.list(queue)) {
            for (Path file : list.toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(".")) {
                    hidden++;
                    continue;
                }
                files++;
                String text = Files.readString(file);
                String marker = text.replaceAll("(?s).*Reply (load-\\d+-\\d+) with.*", "$1");
                if (!text.endsWith("Second paragraph.\n") || !text.contains("id: \"" + name.replace(".md", "") + "\"")) {
                    failures.add(name + " is not whole");
                }
                seen.merge(marker, 1, Integer::sum);
                String id = results.accepted.get(marker);
                if (id == null) {
                    failures.add(name + " holds " + marker + ", which the server did not report as accepted");
                } else if (!name.equals(id + ".md")) {
                    failures.add(marker + " was accepted as " + id + " but is in " + name);
                }
            }
        }
        for (String marker : results.accepted.keySet()) {
            int count = seen.getOrDefault(marker, 0);
            if (count != 1) {
                failures.add(marker + " is in the queue " + count + " times");
            }
        }
        System.out.printf("queue: %d files for %d accepted replies, %d temporary files left%n", files,
                results.accepted.size(), hidden);
    }

    static void report(Results results, double elapsed, int clients) {
        long[] all = results.latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        long requests = all.length;
        System.out.printf("requests: %d in %.1f s = %.0f requests/s (%d clients%s)%n", requests, elapsed, requests / elapsed,
                clients, results.unbound.get() > 0 ? ", some sharing 127.0.0.1" : ", each from its own address");
        System.out.printf("accepted: %d = %.0f replies/s written and fsynced%n", results.accepted.size(),
                results.accepted.size() / elapsed);
        System.out.println("statuses: " + new TreeMap<>(results.statuses) + ", connection errors: " + results.errors.get());
        if (requests > 0) {
            System.out.printf("latency: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n", ms(all, 0.50), ms(all, 0.90),
                    ms(all, 0.99), all[all.length - 1] / 1e6);
        }
    }

    static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    /** A site folder: the sample's articles, a broadsheet.yml that takes replies, no old queue. */
    static void prepare(Path site, int perMinute) throws IOException {
        Path content = Path.of("content");
        if (!Files.isDirectory(content)) {
            throw new IllegalStateException("run from the repository root: no content/ here");
        }
        try (Stream<Path> walk = Files.walk(content)) {
            for (Path p : walk.toList()) {
                Path target = site.resolve(p.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.writeString(site.resolve("broadsheet.yml"), "title: Load test\nbaseUrl: https://example.org/news/\n"
                + "comments:\n  endpoint: https://example.org/replies\n  intake:\n    repliesPerMinute: " + perMinute + "\n");
        Path queue = site.resolve("replies/queue");
        if (Files.isDirectory(queue)) {
            try (Stream<Path> old = Files.list(queue)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static void run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
