package org.broadsheet.intake;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import org.broadsheet.comments.Reply;
import org.broadsheet.comments.ReplyTargets;
import org.broadsheet.json.Json;

/**
 * The server's answers. A script (one that sends {@code Accept: application/json} or
 * {@code X-Requested-With}) gets JSON; a browser that posted the form gets a redirect to the
 * thank-you page, or a short page saying why its reply was refused. No answer echoes a request
 * header, and every text from the request is escaped, so nothing a client sends can reach the
 * answer's headers or markup.
 */
final class Answers {

    private static final Pattern SAFE_URL = Pattern.compile("https?://[\\x21-\\x7e]+");

    private Answers() {
    }

    static boolean wantsJson(HttpExchange exchange) {
        Headers h = exchange.getRequestHeaders();
        String accept = h.getFirst("Accept");
        return h.containsKey("X-Requested-With") || (accept != null && accept.toLowerCase(Locale.ROOT)
                .contains("application/json"));
    }

    /** 202 with the new id for a script; 303 to the thank-you page for a browser. */
    static void accepted(HttpExchange exchange, Reply reply, ReplyTargets.Target target) throws IOException {
        if (wantsJson(exchange)) {
            send(exchange, 202, "application/json", "{\"status\":\"pending\",\"id\":" + Json.quote(reply.id())
                    + ",\"message\":\"Thank you for your reply. It will appear once a moderator has approved it.\"}");
            return;
        }
        String thanks = target.thanksUrl();
        if (!SAFE_URL.matcher(thanks).matches()) {
            send(exchange, 200, "text/html; charset=utf-8", page("Thank you for your reply",
                    "It will appear under the article once a moderator has approved it."));
            return;
        }
        String to = URI.create(SAFE_URL.matcher(target.url()).matches() ? target.url() : "/").getRawPath();
        exchange.getResponseHeaders().set("Location", thanks + "?to=" + URLEncoder.encode(to == null ? "/" : to,
                StandardCharsets.UTF_8));
        send(exchange, 303, "text/html; charset=utf-8", page("Thank you for your reply",
                "Your reply has arrived; <a href=\"" + html(thanks) + "\">continue</a>."));
    }

    static void rejected(HttpExchange exchange, Rejection rejection) throws IOException {
        if (rejection.retryAfterSeconds() > 0) {
            exchange.getResponseHeaders().set("Retry-After", Long.toString(rejection.retryAfterSeconds()));
        }
        if (wantsJson(exchange)) {
            send(exchange, rejection.status(), "application/json", "{\"error\":" + Json.quote(rejection.getMessage())
                    + ",\"field\":" + (rejection.field() == null ? "null" : Json.quote(rejection.field())) + "}");
        } else {
            send(exchange, rejection.status(), "text/html; charset=utf-8", page("Your reply was not sent",
                    html(rejection.getMessage()) + "</p><p>Go back to correct it: what you wrote is still in the form."));
        }
    }

    /** Sends a whole answer; the exchange is closed by the caller. */
    static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Headers h = exchange.getResponseHeaders();
        h.set("Content-Type", type);
        h.set("Cache-Control", "no-store");
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Content-Security-Policy", "default-src 'none'");
        h.set("Referrer-Policy", "no-referrer");
        boolean head = exchange.getRequestMethod().equals("HEAD") || status == 204;
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** A short answer in plain text, whole, as the front sends it itself before the connection ends. */
    static byte[] plain(int status, String message) {
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + status + " " + reason(status) + "\r\nContent-Type: text/plain; charset=utf-8\r\n"
                + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
        byte[] bytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] all = Arrays.copyOf(bytes, bytes.length + body.length);
        System.arraycopy(body, 0, all, bytes.length, body.length);
        return all;
    }

    /** The reason phrase of a status line. */
    static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 202 -> "Accepted";
            case 204 -> "No Content";
            case 303 -> "See Other";
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 429 -> "Too Many Requests";
            case 431 -> "Request Header Fields Too Large";
            case 501 -> "Not Implemented";
            case 503 -> "Service Unavailable";
            default -> status < 500 ? "Client Error" : "Server Error";
        };
    }

    private static String page(String title, String paragraph) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head>"
                + "<body><h1>" + title + "</h1><p>" + paragraph + "</p></body></html>\n";
    }

    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
