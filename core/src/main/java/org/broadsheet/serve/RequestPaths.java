package org.broadsheet.serve;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the raw path of a request into a path inside the site, or refuses it. Each segment is
 * percent-decoded on its own, and a segment that decodes to ".", "..", or anything holding a
 * slash, backslash or control character is refused, so {@code /..%2f..%2fetc/passwd} can never
 * name a file outside the site.
 */
final class RequestPaths {

    /** A request path that no file of the site could have. */
    static final class BadPath extends Exception {
        private static final long serialVersionUID = 1L;

        BadPath(String message) {
            super(message);
        }
    }

    private RequestPaths() {
    }

    /**
     * The site-relative path of {@code rawPath} under {@code basePath} ({@code /news/world/x/} under
     * {@code /news/} is {@code world/x/}), or empty when the request is outside the base path.
     *
     * @throws BadPath when the path is malformed or tries to leave the site
     */
    static Optional<String> underBase(String rawPath, String basePath) throws BadPath {
        if (rawPath == null || !rawPath.startsWith("/")) {
            throw new BadPath("the path must start with /");
        }
        List<String> segments = new ArrayList<>();
        String[] raw = rawPath.substring(1).split("/", -1);
        for (int i = 0; i < raw.length; i++) {
            String segment = decode(raw[i]);
            if (segment.equals(".") || segment.equals("..") || segment.contains("/") || segment.contains("\\")
                    || segment.chars().anyMatch(Character::isISOControl)) {
                throw new BadPath("the path must not leave the site");
            }
            if (segment.isEmpty() && i < raw.length - 1) {
                throw new BadPath("the path has an empty segment");
            }
            segments.add(segment);
        }
        String path = "/" + String.join("/", segments);
        if (!path.startsWith(basePath)) {
            return Optional.empty();
        }
        return Optional.of(path.substring(basePath.length()));
    }

    /** The output file a site-relative path is served from: {@code world/x/index.html} for {@code world/x/}. */
    static String outputFile(String relative) {
        return relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative;
    }

    /** Percent-decodes one segment as UTF-8; '+' stays a plus, as in any URL path. */
    private static String decode(String segment) throws BadPath {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < segment.length()) {
            int percent = segment.indexOf('%', i);
            int end = percent < 0 ? segment.length() : percent;
            bytes.writeBytes(segment.substring(i, end).getBytes(StandardCharsets.UTF_8));
            if (percent < 0) {
                break;
            }
            int hi = percent + 2 < segment.length() ? Character.digit(segment.charAt(percent + 1), 16) : -1;
            int lo = percent + 2 < segment.length() ? Character.digit(segment.charAt(percent + 2), 16) : -1;
            if (hi < 0 || lo < 0) {
                throw new BadPath("the path has a broken % escape");
            }
            bytes.write(hi * 16 + lo);
            i = percent + 3;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BadPath("the path is not UTF-8");
        }
    }
}
