package org.broadsheet.view;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;

/**
 * A number remembered for each object, by identity, for as long as the object lives: the
 * entries are weak, so that views held softly ({@link SoftCache}) can still be freed.
 * Thread-safe; two threads may both compute a missing number, and either is kept.
 */
final class IdentityMemo {

    private final Map<Key, Long> values = new ConcurrentHashMap<>();
    private final ReferenceQueue<Object> freed = new ReferenceQueue<>();

    long get(Object object, ToLongFunction<Object> compute) {
        Long known = values.get(new Key(object, null));
        if (known != null) {
            return known;
        }
        long value = compute.applyAsLong(object);
        for (Object gone = freed.poll(); gone != null; gone = freed.poll()) {
            values.remove(gone);
        }
        values.put(new Key(object, freed), value);
        return value;
    }

    /** An object compared by identity, held weakly. */
    private static final class Key extends WeakReference<Object> {
        private final int hash;

        Key(Object object, ReferenceQueue<Object> queue) {
            super(object, queue);
            this.hash = System.identityHashCode(object);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            Object mine = get();
            return other instanceof Key key && mine != null && mine == key.get();
        }
    }
}
