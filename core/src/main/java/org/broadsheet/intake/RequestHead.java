package org.broadsheet.intake;

import com.sun.net.httpserver.Headers;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The request line and header fields of one HTTP/1.x request, parsed strictly: a malformed line,
 * a folded header, a Content-Length that is not one number, or a Content-Length beside
 * Transfer-Encoding (the shape of request smuggling) is refused rather than guessed at.
 *
 * @param target the request target as sent, e.g. {@code /replies}
 */
record RequestHead(String method, String target, URI uri, String version, Headers headers) {

    /** A request the front answers itself, with a status and a short sentence, and then closes. */
    static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;
        private final int status;

        Refusal(int status, String message) {
            super(message, null, false, false); // an answer, not an error: no stack trace
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final Pattern REQUEST_LINE = Pattern.compile("(" + TOKEN.pattern() + ") (\\S+) (HTTP/1\\.[01])");

    /** Parses the head in {@code bytes[0, length)}, the blank line that ends it excluded. */
    static RequestHead parse(byte[] bytes, int length) throws Refusal {
        List<String> lines = new String(bytes, 0, length, StandardCharsets.ISO_8859_1).lines().toList();
        var line = REQUEST_LINE.matcher(lines.isEmpty() ? "" : lines.get(0));
        if (!line.matches()) {
            throw new Refusal(400, "The request line is malformed.");
        }
        URI uri;
        try {
            uri = new URI(line.group(2));
        } catch (URISyntaxException e) {
            throw new Refusal(400, "The request target is not a URI.");
        }
        Headers headers = new Headers();
        for (String field : lines.subList(1, lines.size())) {
            int colon = field.indexOf(':');
            if (colon <= 0 || !TOKEN.matcher(field.substring(0, colon)).matches()
                    || field.chars().anyMatch(c -> (c < 0x20 && c != '\t') || c == 0x7f)) {
                throw new Refusal(400, "A header line is malformed.");
            }
            headers.add(field.substring(0, colon), field.substring(colon + 1).strip());
        }
        RequestHead head = new RequestHead(line.group(1), line.group(2), uri, line.group(3), headers);
        head.checkFraming();
        return head;
    }

    /**
     * The length the body declares, or -1 when it is chunked or absent.
     */
    long contentLength() {
        String length = headers.getFirst("Content-Length");
        return chunked() || length == null ? -1 : Long.parseLong(length.strip());
    }

    boolean chunked() {
        return headers.containsKey("Transfer-Encoding");
    }

    /** Whether the client keeps the connection for another request (HTTP/1.1 without "close"). */
    boolean keepAlive() {
        return version.equals("HTTP/1.1") && !connectionSays("close");
    }

    /** Whether the client waits for "100 Continue" before it sends the body. */
    boolean expectsContinue() {
        String expect = headers.getFirst("Expect");
        return version.equals("HTTP/1.1") && expect != null && expect.strip().equalsIgnoreCase("100-continue");
    }

    private boolean connectionSays(String option) {
        return headers.getOrDefault("Connection", List.of()).stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .anyMatch(o -> o.strip().toLowerCase(Locale.ROOT).equals(option));
    }

    private void checkFraming() throws Refusal {
        List<String> lengths = headers.getOrDefault("Content-Length", List.of());
        List<String> encodings = headers.getOrDefault("Transfer-Encoding", List.of());
        if (!encodings.isEmpty() && !lengths.isEmpty()) {
            throw new Refusal(400, "A request may not have both Content-Length and Transfer-Encoding.");
        }
        if (!encodings.isEmpty() && !(encodings.size() == 1 && encodings.get(0).equalsIgnoreCase("chunked"))) {
            throw new Refusal(501, "Only the chunked transfer coding is understood.");
        }
        if (lengths.stream().distinct().count() > 1 || lengths.stream().anyMatch(l -> !l.matches("[0-9]{1,18}"))) {
            throw new Refusal(400, "The Content-Length is not a number.");
        }
    }
}
