package org.broadsheet.serve;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.broadsheet.problem.Problem;

/**
 * What serve mode adds to each HTML page as it is sent: the reload script, and while the last
 * build failed, an overlay listing its errors over the last good page. Neither is ever written
 * into the site's files.
 */
final class PageDecorations {

    /** Where the reload channel is; outside any base path, so it does not depend on the site's. */
    static final String EVENTS_PATH = "/_broadsheet/events";

    private PageDecorations() {
    }

    /** {@code html} with the decorations for {@code state} inserted before its closing body tag. */
    static byte[] decorate(byte[] html, SiteState state) {
        String page = new String(html, StandardCharsets.UTF_8);
        String extra = (state.failed() ? overlay(state.errors(), state.hasSite()) : "") + script(state.buildId());
        int end = page.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        String decorated = end < 0 ? page + extra : page.substring(0, end) + extra + page.substring(end);
        return decorated.getBytes(StandardCharsets.UTF_8);
    }

    /** A page standing in for the site when no build has succeeded yet. */
    static byte[] errorPage(SiteState state) {
        return decorate(("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Build failed"
                + "</title></head><body></body></html>\n").getBytes(StandardCharsets.UTF_8), state);
    }

    /**
     * Reloads the page when a build other than the one it was served from changed it (or every
     * page); the announcement on connecting catches a build that finished while the page was
     * loading. A page another build did not change notes that build's id and stays. The page
     * says where it is, so that the server can show open pages first after a template changes.
     */
    static String script(String buildId) {
        return "<script data-broadsheet-serve>(function(){var built=\"" + buildId + "\";"
                + "var here=location.pathname.replace(/\\/index\\.html$/,\"/\");"
                + "var events=new EventSource(\"" + EVENTS_PATH + "?page=\"+encodeURIComponent(location.pathname));"
                + "events.addEventListener(\"build\",function(e){var d=e.data.split(\" \");if(d[0]===built)return;"
                + "if(d[1]===\"*\"||d.indexOf(here,2)>1){events.close();location.reload();}else{built=d[0];}});"
                + "})();</script>\n";
    }

    static String overlay(List<Problem> errors, boolean lastGoodSiteBehind) {
        StringBuilder s = new StringBuilder();
        s.append("<div id=\"broadsheet-errors\" role=\"alert\" style=\"position:fixed;inset:0;z-index:2147483647;")
                .append("overflow:auto;margin:0;padding:2rem;background:rgba(30,0,0,.94);color:#fff;")
                .append("font:15px/1.5 ui-monospace,Menlo,Consolas,monospace;text-align:left\">")
                .append("<p style=\"margin:0 0 1rem;font-size:1.2em;font-weight:bold;color:#ff8a80\">Build failed: ")
                .append(errors.size()).append(errors.size() == 1 ? " error" : " errors")
                .append("</p><ul style=\"margin:0;padding:0;list-style:none\">");
        for (Problem error : errors) {
            s.append("<li style=\"margin:0 0 .75rem\"><span style=\"color:#ffd180\">")
                    .append(escape(error.position().toString())).append("</span>: ")
                    .append(escape(error.message())).append("</li>");
        }
        s.append("</ul><p style=\"margin:1rem 0 0;color:#ccc\">")
                .append(lastGoodSiteBehind ? "The page behind shows the last good build. " : "")
                .append("Fix the file and save: this page reloads by itself.</p>")
                .append("<button type=\"button\" onclick=\"this.parentNode.remove()\" style=\"position:absolute;")
                .append("top:1rem;right:1rem\">Hide</button></div>\n");
        return s.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
