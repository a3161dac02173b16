package org.broadsheet.markdown;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the rendered HTML of article bodies between the Markdown stage and the pages that show
 * them, so the site model holds only what listings need. Thread-safe.
 */
public final class BodyStore {

    private final ConcurrentHashMap<String, String> bodies = new ConcurrentHashMap<>();

    public void put(String key, String html) {
        bodies.put(key, html);
    }

    /** The HTML stored under {@code key}; fails loudly when there is none, which is a bug. */
    public String get(String key) {
        String html = bodies.get(key);
        if (html == null) {
            throw new IllegalStateException("no rendered body for " + key);
        }
        return html;
    }
}
