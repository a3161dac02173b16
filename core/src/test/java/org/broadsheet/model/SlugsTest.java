package org.broadsheet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void wordsBecomeLowercaseWithHyphens() {
        assertEquals("central-bank-holds-rates", Slugs.slugify("Central Bank Holds Rates"));
    }

    @Test
    void accentsAreTransliterated() {
        assertEquals("societe-generale", Slugs.slugify("Société Générale"));
        assertEquals("nandu-en-peru", Slugs.slugify("Ñandú en Perú"));
        assertEquals("sao-paulo", Slugs.slugify("São Paulo"));
    }

    @Test
    void lettersWithoutAnAccentMarkAreSpelledOut() {
        assertEquals("strasse", Slugs.slugify("Straße"));
        assertEquals("aero-oresund", Slugs.slugify("Ærø Øresund"));
        assertEquals("lodz", Slugs.slugify("Łódź"));
        assertEquals("thorsdottir", Slugs.slugify("Þórsdóttir"));
    }

    @Test
    void ampersandBecomesAnd() {
        assertEquals("arts-and-culture", Slugs.slugify("Arts & Culture"));
    }

    @Test
    void punctuationAndSpacesCollapseToOneHyphen() {
        assertEquals("hello-world", Slugs.slugify("  Hello,  World!  "));
        assertEquals("a-b", Slugs.slugify("a -- _ -- b"));
        assertEquals("covid-19", Slugs.slugify("COVID-19"));
    }

    @Test
    void noHyphenAtEitherEnd() {
        assertEquals("breaking", Slugs.slugify("--Breaking!--"));
    }

    @Test
    void scriptsWithoutALatinSpellingKeepTheirLetters() {
        assertEquals("москва", Slugs.slugify("Москва"));
        assertEquals("القاهرة", Slugs.slugify("القاهرة"));
        assertEquals("日本-ニュース", Slugs.slugify("日本 ニュース"));
    }

    @Test
    void nonLatinLettersKeepTheirAccents() {
        assertEquals("αθήνα", Slugs.slugify("Αθήνα"));
    }

    @Test
    void nothingToSlugIsEmpty() {
        assertEquals("", Slugs.slugify(""));
        assertEquals("", Slugs.slugify("!!! ???"));
    }

    @Test
    void slugsAreStable() {
        assertEquals(Slugs.slugify("Société Générale"), Slugs.slugify(Slugs.slugify("Société Générale")));
        assertEquals("societe-generale", Slugs.slugify("Socie\u0301te\u0301 Ge\u0301ne\u0301rale"));
    }

    @Test
    void pathLikeValuesAreRecognised() {
        for (String path : List.of("a/b", "../x", "a\\b", ".", "..", "a\u0000b", "line\nbreak", "/etc/passwd")) {
            assertTrue(Slugs.looksLikePath(path), path);
        }
    }

    @Test
    void ordinaryValuesAreNotPaths() {
        for (String value : List.of("world", "a..b", "2026-budget", ".hidden", "story.fr", "São Paulo")) {
            assertFalse(Slugs.looksLikePath(value), value);
        }
    }

    @Test
    void spellingsOfOneNameMeet() {
        String key = Slugs.sameNameKey("Elena Castillo");

        assertEquals(key, Slugs.sameNameKey("elena-castillo"));
        assertEquals(key, Slugs.sameNameKey("ELENA_CASTILLO"));
        assertEquals(key, Slugs.sameNameKey("Elena  Castillo"));
        assertFalse(key.equals(Slugs.sameNameKey("Elena Castilla")));
    }

    @Test
    void sameNameKeyNormalisesComposedCharacters() {
        assertEquals(Slugs.sameNameKey("José"), Slugs.sameNameKey("Jose\u0301"));
    }
}
