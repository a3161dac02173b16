package org.broadsheet.intake;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a form's body ({@code application/x-www-form-urlencoded}, what an HTML form sends) into
 * fields, strictly: a body over the limit, a media type or charset other than the form's and
 * UTF-8, bytes that are not UTF-8, a broken %-escape, and a field given twice are each refused,
 * where {@link java.net.URLDecoder} would quietly guess.
 */
final class FormBody {

    static final String MEDIA_TYPE = "application/x-www-form-urlencoded";

    private FormBody() {
    }

    /** Refuses any body that is not a urlencoded form in UTF-8 (415). */
    static void checkContentType(String contentType) throws Rejection {
        if (contentType == null) {
            throw new Rejection(415, null, "The request has no Content-Type; send the form as " + MEDIA_TYPE + ".");
        }
        String[] parts = contentType.split(";");
        if (!parts[0].strip().equalsIgnoreCase(MEDIA_TYPE)) {
            throw new Rejection(415, null, "Replies are taken as " + MEDIA_TYPE + " (what a form sends), not as "
                    + printable(parts[0].strip()) + ".");
        }
        for (int i = 1; i < parts.length; i++) {
            String[] param = parts[i].split("=", 2);
            if (param[0].strip().equalsIgnoreCase("charset") && param.length == 2
                    && !param[1].strip().replace("\"", "").equalsIgnoreCase("utf-8")) {
                throw new Rejection(415, null, "Replies are taken in UTF-8 only, not in "
                        + printable(param[1].strip()) + ".");
            }
        }
    }

    /**
     * Reads at most {@code limit} bytes of body.
     *
     * @param declaredLength the Content-Length, or -1 when not given (chunked)
     * @throws Rejection 413 when the body is larger, without reading it when it says so itself
     */
    static byte[] read(InputStream in, long declaredLength, int limit) throws Rejection, IOException {
        if (declaredLength > limit) {
            throw tooLarge(limit);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(declaredLength > 0 ? (int) declaredLength : 1024);
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) > 0; ) {
            if (body.size() + n > limit) {
                throw tooLarge(limit);
            }
            body.write(buffer, 0, n);
        }
        return body.toByteArray();
    }

    private static Rejection tooLarge(int limit) {
        return new Rejection(413, null, "The reply is too large: at most " + (limit >> 10) + " KB are taken.");
    }

    /** The fields of a urlencoded body, in order; '+' is a space and %XX a byte of UTF-8. */
    static Map<String, String> parse(byte[] body) throws Rejection {
        Map<String, String> fields = new LinkedHashMap<>();
        int start = 0;
        while (start <= body.length) {
            int end = indexOf(body, (byte) '&', start);
            if (end > start) {
                int eq = indexOf(body, (byte) '=', start);
                boolean hasValue = eq >= 0 && eq < end;
                String name = decode(body, start, hasValue ? eq : end);
                String value = hasValue ? decode(body, eq + 1, end) : "";
                if (fields.putIfAbsent(name, value) != null) {
                    throw Rejection.badRequest(name, "The field \"" + printable(name) + "\" is given twice.");
                }
            }
            start = end + 1;
        }
        return fields;
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return bytes.length;
    }

    private static String decode(byte[] body, int from, int to) throws Rejection {
        ByteBuffer bytes = ByteBuffer.allocate(to - from);
        for (int i = from; i < to; i++) {
            byte b = body[i];
            if (b == '+') {
                bytes.put((byte) ' ');
            } else if (b == '%') {
                int hi = i + 2 < to ? Character.digit(body[i + 1], 16) : -1;
                int lo = i + 2 < to ? Character.digit(body[i + 2], 16) : -1;
                if (hi < 0 || lo < 0) {
                    throw Rejection.badRequest(null, "The form is malformed: a '%' is not followed by two hex digits.");
                }
                bytes.put((byte) (hi << 4 | lo));
                i += 2;
            } else {
                bytes.put(b);
            }
        }
        bytes.flip();
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            throw new Rejection(415, null, "The form is not UTF-8; replies are taken in UTF-8 only.");
        }
    }

    /** Text from a request, made safe to show: at most 60 characters, control characters as '?'. */
    static String printable(String text) {
        String cut = text.length() > 60 ? text.substring(0, 60) + "…" : text;
        return cut.replaceAll("[\\p{Cntrl}\\u0080-\\u009f\\u2028\\u2029]", "?");
    }
}
