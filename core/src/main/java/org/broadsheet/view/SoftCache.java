package org.broadsheet.view;

import java.lang.ref.SoftReference;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Values made once and reused while memory allows: the garbage collector may drop any of them
 * when the heap runs short, and the next use makes it again. Thread-safe; two threads may both
 * make a missing value, and either result is kept.
 */
final class SoftCache<K, V> {

    private final Map<K, SoftReference<V>> values = new ConcurrentHashMap<>();

    V get(K key, Supplier<V> make) {
        SoftReference<V> held = values.get(key);
        V value = held == null ? null : held.get();
        if (value == null) {
            value = make.get();
            values.put(key, new SoftReference<>(value));
        }
        return value;
    }
}
