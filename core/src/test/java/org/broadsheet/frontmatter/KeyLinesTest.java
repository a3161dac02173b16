package org.broadsheet.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class KeyLinesTest {

    @Test
    void answersAsTheMapItWasMadeFrom() {
        Map<String, Integer> lines = new LinkedHashMap<>();
        lines.put("title", 2);
        lines.put("date", 3);
        lines.put("tags", 7);
        KeyLines keyLines = KeyLines.of(lines);

        assertEquals(lines, keyLines);
        assertEquals(keyLines, lines);
        assertEquals(lines.hashCode(), keyLines.hashCode());
        assertEquals(7, keyLines.get("tags"));
        assertTrue(keyLines.containsKey("date"));
        assertFalse(keyLines.containsKey("summary"));
        assertNull(keyLines.get("summary"));
        assertEquals(4, keyLines.getOrDefault("summary", 4));
        assertEquals("{title=2, date=3, tags=7}", keyLines.toString());
        assertThrows(UnsupportedOperationException.class, () -> keyLines.put("lang", 9));
    }

    @Test
    void keysAreOneStringForTheWholeSite() {
        KeyLines one = KeyLines.of(Map.of(new String("section"), 4));
        KeyLines other = KeyLines.of(Map.of(new String("section"), 5));

        assertSame(one.keySet().iterator().next(), other.keySet().iterator().next());
    }
}
