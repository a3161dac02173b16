package org.broadsheet.markdown;

import java.util.concurrent.ConcurrentHashMap;

/** Bodies in memory, for a build without a cache. Thread-safe. */
public final class MemoryBodyStore implements BodyStore {

    private final ConcurrentHashMap<String, String> bodies = new ConcurrentHashMap<>();

    @Override
    public void put(String key, String html) {
        bodies.put(key, html);
    }

    @Override
    public String get(String key) {
        String html = bodies.get(key);
        if (html == null) {
            throw new IllegalStateException("no rendered body for " + key);
        }
        return html;
    }

    /** Without a cache nothing outlives the build, so Java's own string hash is enough here. */
    @Override
    public long fingerprint(String key) {
        String html = get(key);
        return ((long) html.hashCode() << 32) ^ html.length();
    }
}
