package org.broadsheet.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FileNamesTest {

    private static final FileNames C = new FileNames("ANSI_X3.4-1968", "LC_ALL=C");

    @Test
    void theLocaleIsNamedByTheVariableThatDecidesIt() {
        assertEquals("LC_ALL=C", FileNames.localeSetting(Map.of("LC_ALL", "C", "LC_CTYPE", "C.UTF-8", "LANG", "C.UTF-8")));
        assertEquals("LC_CTYPE=POSIX", FileNames.localeSetting(Map.of("LC_ALL", "", "LC_CTYPE", "POSIX", "LANG", "C")));
        assertEquals("LANG=C", FileNames.localeSetting(Map.of("LANG", "C")));
        assertEquals("no LANG or LC_ALL is set", FileNames.localeSetting(Map.of()));
    }

    @Test
    void onlyNamesBeyondAsciiUnderALocaleThatIsNotUtf8CannotBeRead() {
        assertEquals(Optional.empty(), C.unreadable("storm-2026.md"));
        assertEquals(Optional.of("the current locale (LC_ALL=C) reads file names as ANSI_X3.4-1968, not UTF-8; run"
                + " Broadsheet with a UTF-8 locale, such as LC_ALL=C.UTF-8"), C.unreadable("niño.md"));
        assertEquals(Optional.empty(), new FileNames("UTF-8", "LANG=C.UTF-8").unreadable("niño.md"));
        assertTrue(new FileNames("UTF-16", "").readsEveryName(), "Windows");
    }

    @Test
    void namesAreShownInAsciiWhateverTheTerminal() {
        assertEquals("ni??o-caf?.md", FileNames.shown("ni\uFFFD\uFFFDo-café.md"));
    }
}
