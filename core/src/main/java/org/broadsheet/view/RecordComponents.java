package org.broadsheet.view;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The components of the view records, each with a function that reads it, made once per record
 * class. The function calls the accessor as compiled code does: reflection's
 * {@code Method.invoke} checks access on every call, walking the stack, and templates and
 * fingerprints read some 50 components of each of 17,000 pages.
 */
public final class RecordComponents {

    /**
     * By record class. Not a ClassValue: its lookup took the slow path on most calls here
     * (ClassValue.getFromBackup, 5% of the render threads' samples), a hash map's does not.
     */
    private static final Map<Class<?>, Map<String, Function<Object, Object>>> READERS = new ConcurrentHashMap<>();

    private RecordComponents() {
    }

    /** The record class's components by name, in their declared order, each with its reader. */
    public static Map<String, Function<Object, Object>> of(Class<?> recordClass) {
        Map<String, Function<Object, Object>> readers = READERS.get(recordClass);
        return readers != null ? readers : READERS.computeIfAbsent(recordClass, RecordComponents::readersOf);
    }

    private static Map<String, Function<Object, Object>> readersOf(Class<?> type) {
        Map<String, Function<Object, Object>> readers = new LinkedHashMap<>();
        Arrays.stream(type.getRecordComponents()).forEach(c -> readers.put(c.getName(), reader(type, c)));
        return Collections.unmodifiableMap(readers);
    }

    @SuppressWarnings("unchecked")
    private static Function<Object, Object> reader(Class<?> type, RecordComponent component) {
        Method accessor = component.getAccessor();
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            return (Function<Object, Object>) LambdaMetafactory.metafactory(lookup, "apply",
                    MethodType.methodType(Function.class), MethodType.methodType(Object.class, Object.class),
                    lookup.unreflect(accessor), MethodType.methodType(component.getType(), type).wrap())
                    .getTarget().invokeExact();
        } catch (Throwable e) {
            // a record this class cannot see, say a private one elsewhere: reflection reads it
            accessor.setAccessible(true);
            return record -> {
                try {
                    return accessor.invoke(record);
                } catch (ReflectiveOperationException failed) {
                    throw new IllegalStateException(failed);
                }
            };
        }
    }
}
