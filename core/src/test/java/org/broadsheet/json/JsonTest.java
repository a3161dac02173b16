package org.broadsheet.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void objectsKeepTheirOrderAndLeaveOutAbsentFields() {
        Map<String, Object> object = Json.object("b", 1, "a", List.of("x", true), "c", null, "d", 2.5);

        assertEquals("{\"b\":1,\"a\":[\"x\",true],\"d\":2.5}", Json.write(object));
        assertEquals("{\"a\":1,\"b\":2}", Json.write(new TreeMap<>(Map.of("b", 2, "a", 1))));
    }

    @Test
    void textCannotCloseTheScriptItSitsIn() {
        String json = Json.write(Json.object("headline", "</script><script>alert(\"x\")</script> & \u2028"));

        assertEquals("{\"headline\":\"\\u003c/script\\u003e\\u003cscript\\u003ealert(\\\"x\\\")"
                + "\\u003c/script\\u003e \\u0026 \\u2028\"}", json);
    }

    @Test
    void controlCharactersAreEscaped() {
        assertEquals("[\"a\\nb\\tc\\u0001\\\\\"]", Json.write(List.of("a\nb\tc\u0001\\")));
    }

    @Test
    void aQuotedStringIsEscapedAsInADocument() {
        assertEquals("\"Too short \\u003c 3 \\\"chars\\\"\\n\"", Json.quote("Too short < 3 \"chars\"\n"));
    }

    @Test
    void aMapWithoutAFixedOrderIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Json.write(Map.of("a", 1, "b", 2)));
        assertThrows(IllegalArgumentException.class, () -> Json.write(new HashMap<>(Map.of("a", 1))));
    }
}
