package org.broadsheet;

import java.util.Arrays;
import java.util.List;

/**
 * Parses JSON in tests with the parser of Jetty's util-ajax, which the Nu Html Checker brings
 * along: no test needs a JSON library of its own.
 */
final class Json {

    private Json() {
    }

    /** Objects become maps, arrays Object[] (see {@link #list}), numbers Long or Double. */
    static Object parse(String text) {
        return org.eclipse.jetty.util.ajax.JSON.parse(text);
    }

    static List<?> list(Object array) {
        return array == null ? List.of() : Arrays.asList((Object[]) array);
    }
}
