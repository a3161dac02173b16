package org.broadsheet.frontmatter;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The line of each key of one front matter, as an immutable map that holds two arrays: the keys,
 * interned (the same few names in every article), and their lines. A front matter has a dozen
 * keys, so a look-up reads them in turn; a site of 100,000 articles keeps one of these for each,
 * a third of what a hash map of boxed lines takes.
 */
final class KeyLines extends AbstractMap<String, Integer> {

    private final String[] keys;
    private final int[] lines;

    private KeyLines(String[] keys, int[] lines) {
        this.keys = keys;
        this.lines = lines;
    }

    /** The same lines, their keys interned; null keys or lines are refused, as {@link Map#copyOf} does. */
    static KeyLines of(Map<String, Integer> lines) {
        if (lines instanceof KeyLines same) {
            return same;
        }
        String[] keys = new String[lines.size()];
        int[] numbers = new int[lines.size()];
        int i = 0;
        for (Map.Entry<String, Integer> entry : lines.entrySet()) {
            keys[i] = entry.getKey().intern();
            numbers[i++] = entry.getValue();
        }
        return new KeyLines(keys, numbers);
    }

    @Override
    public Integer get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : lines[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public int size() {
        return keys.length;
    }

    private int indexOf(Object key) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Set<Map.Entry<String, Integer>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Integer>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Map.Entry<String, Integer> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(keys[i], lines[i]);
                    }
                };
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }
}
