package org.broadsheet.intake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.broadsheet.comments.Reply;
import org.broadsheet.moderation.ReplyQueue;

/**
 * Takes one request: a form's POST at the endpoint path, or a browser's CORS preflight for it.
 * The checks run cheapest first (path, method, origin, rate, media type, size, form, fields),
 * and a reply is queued only when all of them pass; the queue file is on disk before the
 * answer goes out, so an accepted reply is never lost.
 */
final class ReplyHandler implements HttpHandler {

    /** Far above the largest form: 10,000 characters of comment, each %-escaped UTF-8 bytes. */
    static final int MAX_BODY = 128 * 1024;

    private static final Pattern IP = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final String path;
    private final String siteOrigin;
    private final boolean trustProxy;
    private final ReplyCheck check;
    private final ArticleIndex articles;
    private final RateLimiter limiter;
    private final ReplyQueue queue;
    private final Clock clock;

    ReplyHandler(String path, String siteOrigin, boolean trustProxy, ReplyCheck check, ArticleIndex articles,
            RateLimiter limiter, ReplyQueue queue, Clock clock) {
        this.path = path;
        this.siteOrigin = browserOrigin(siteOrigin);
        this.trustProxy = trustProxy;
        this.check = check;
        this.articles = articles;
        this.limiter = limiter;
        this.queue = queue;
        this.clock = clock;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                answer(exchange);
            } catch (Rejection rejection) {
                Answers.rejected(exchange, rejection);
            }
        }
    }

    private void answer(HttpExchange exchange) throws Rejection, IOException {
        if (!exchange.getRequestURI().getRawPath().equals(path)) {
            throw new Rejection(404, null, "Nothing here: replies are posted to " + path + ".");
        }
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        boolean ownOrigin = siteOrigin.equalsIgnoreCase(origin);
        if (ownOrigin) {
            exchange.getResponseHeaders().set("Access-Control-Allow-Origin", siteOrigin);
        }
        exchange.getResponseHeaders().set("Vary", "Origin");
        String method = exchange.getRequestMethod();
        if (method.equals("OPTIONS")) {
            preflight(exchange, ownOrigin);
            return;
        }
        if (!method.equals("POST")) {
            exchange.getResponseHeaders().set("Allow", "POST, OPTIONS");
            throw new Rejection(405, null, "Replies are sent with POST, from the reply form.");
        }
        checkFromTheSite(exchange.getRequestHeaders(), origin, ownOrigin);
        long wait = limiter.acquire(client(exchange));
        if (wait > 0) {
            throw new Rejection(429, null, "Too many replies from your address; please wait " + wait
                    + (wait == 1 ? " second." : " seconds."), wait);
        }
        FormBody.checkContentType(exchange.getRequestHeaders().getFirst("Content-Type"));
        byte[] body = FormBody.read(exchange.getRequestBody(), declaredLength(exchange), MAX_BODY);
        Map<String, String> form = FormBody.parse(body);
        ReplyCheck.Submission submission = check.check(form, articles.current(),
                clock.instant().truncatedTo(ChronoUnit.SECONDS));
        Map<String, String> privateFields = new LinkedHashMap<>();
        privateFields.put("email", submission.email());
        privateFields.put("client", client(exchange));
        Reply saved;
        try {
            saved = queue.add(submission.reply(), submission.target().id(), privateFields);
        } catch (IOException e) {
            throw new Rejection(503, null, "Your reply could not be stored just now; please try again in a minute.");
        }
        Answers.accepted(exchange, saved, submission.target());
    }

    /**
     * Refuses a post that another site's page made a browser send, whatever shape its headers
     * take: browsers send the page's {@code Origin} with every POST, and no page can forge it,
     * so it must be the site's; {@code null} (a sandboxed frame, a page that hides where it is)
     * is refused too. A browser too old to send it sends the page as {@code Referer}, which must
     * then be on the site, unless {@code Sec-Fetch-Site} says the post is cross-site. A client
     * that is not a browser must send {@code Origin} as a browser would.
     */
    private void checkFromTheSite(com.sun.net.httpserver.Headers headers, String origin, boolean ownOrigin)
            throws Rejection {
        if (ownOrigin) {
            return;
        }
        String referer = headers.getFirst("Referer");
        boolean crossSite = "cross-site".equalsIgnoreCase(headers.getFirst("Sec-Fetch-Site"));
        if (origin == null && referer == null && !crossSite) {
            throw new Rejection(403, null, "Replies are taken from " + siteOrigin + " only: send the header \"Origin: "
                    + siteOrigin + "\" as browsers do.");
        }
        boolean refererOnSite = referer != null && (referer.equalsIgnoreCase(siteOrigin)
                || referer.toLowerCase(Locale.ROOT).startsWith(siteOrigin.toLowerCase(Locale.ROOT) + "/"));
        if (origin != null || crossSite || !refererOnSite) {
            throw new Rejection(403, null, "Replies are taken from " + siteOrigin + " only.");
        }
    }

    /** An origin as browsers write it in {@code Origin}: without the scheme's default port. */
    static String browserOrigin(String origin) {
        return origin.replaceFirst("^(https://[^/]+):443$", "$1").replaceFirst("^(http://[^/]+):80$", "$1");
    }

    private void preflight(HttpExchange exchange, boolean ownOrigin) throws Rejection, IOException {
        if (!ownOrigin) {
            throw new Rejection(403, null, "Replies are taken from " + siteOrigin + " only.");
        }
        var h = exchange.getResponseHeaders();
        h.set("Access-Control-Allow-Methods", "POST");
        h.set("Access-Control-Allow-Headers", "Content-Type, Accept, X-Requested-With");
        h.set("Access-Control-Max-Age", "600");
        Answers.send(exchange, 204, "text/plain", "");
    }

    /** The client's address: the connection's, or behind a trusted proxy the last X-Forwarded-For entry. */
    private String client(HttpExchange exchange) {
        String direct = exchange.getRemoteAddress().getAddress().getHostAddress();
        if (!trustProxy) {
            return direct;
        }
        String forwarded = String.join(",", exchange.getRequestHeaders().getOrDefault("X-Forwarded-For", java.util.List.of()));
        String last = forwarded.substring(forwarded.lastIndexOf(',') + 1).strip();
        return IP.matcher(last).matches() ? last : direct;
    }

    private static long declaredLength(HttpExchange exchange) throws Rejection {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            throw Rejection.badRequest(null, "The Content-Length is not a number.");
        }
    }
}
