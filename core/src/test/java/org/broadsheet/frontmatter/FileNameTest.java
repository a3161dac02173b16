package org.broadsheet.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FileNameTest {

    @Test
    void aJekyllStyleNameGivesDateAndSlug() {
        assertEquals(new FileName("talks", Optional.of(LocalDate.of(2026, 11, 27)), ""),
                FileName.of("world/2026-11-27-talks.md"));
    }

    @Test
    void aPlainNameGivesOnlyTheSlug() {
        assertEquals(new FileName("talks", Optional.empty(), ""), FileName.of("world/talks.md"));
    }

    @Test
    void aBundleTakesItsFoldersName() {
        assertEquals(new FileName("andes-glacier-retreat", Optional.empty(), ""),
                FileName.of("science/andes-glacier-retreat/index.md"));
        assertEquals(new FileName("talks", Optional.of(LocalDate.of(2026, 11, 27)), ""),
                FileName.of("world/2026-11-27-talks/index.md"));
    }

    @Test
    void anIndexAtTheTopStaysIndex() {
        assertEquals(new FileName("index", Optional.empty(), ""), FileName.of("index.md"));
    }

    @Test
    void anImpossibleDateInTheNameIsJustPartOfTheSlug() {
        assertEquals(new FileName("2023-02-29-leap", Optional.empty(), ""), FileName.of("world/2023-02-29-leap.md"));
        assertEquals(Optional.of("2023-02-29"), FileName.of("world/2023-02-29-leap.md").impossibleDate());
        assertEquals(Optional.empty(), FileName.of("world/2024-02-29-leap.md").impossibleDate());
        assertEquals(Optional.empty(), FileName.of("world/leap.md").impossibleDate());
    }

    @Test
    void aLanguageSuffixIsReadApartFromTheStem() {
        assertEquals(new FileName("talks", Optional.empty(), "es"), FileName.of("world/talks.es.md"));
        assertEquals(new FileName("talks", Optional.empty(), "es-VE"), FileName.of("world/talks/index.es-VE.md"));
        assertEquals(new FileName("talks", Optional.of(LocalDate.of(2026, 11, 27)), "pt"),
                FileName.of("world/2026-11-27-talks.pt.md"));
        assertEquals("talks.es", FileName.of("world/talks.es.md").stemWithSuffix());
    }
}
