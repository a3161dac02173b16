package org.broadsheet.yaml;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class YamlReaderTest {

    private static final Duration FAST = Duration.ofSeconds(2);

    private final YamlReader reader = YamlReader.forFrontMatter(64 * 1024);

    private YamlDocument read(String text) throws YamlException {
        return reader.read(text, 1);
    }

    private YamlException failure(String text, int firstLine) {
        return assertThrows(YamlException.class, () -> reader.read(text, firstLine));
    }

    @Test
    void plainValuesBecomeJavaData() throws YamlException {
        YamlDocument doc = read("title: Talks resume\nauthors: [Elena Castillo, Marcus Webb]\n"
                + "image:\n  src: photo.jpg\n  alt: A table\n");

        assertEquals("Talks resume", doc.get("title"));
        assertEquals(List.of("Elena Castillo", "Marcus Webb"), doc.get("authors"));
        assertEquals(Map.of("src", "photo.jpg", "alt", "A table"), doc.get("image"));
        assertTrue(doc.has("image"));
        assertFalse(doc.has("summary"));
    }

    @Test
    void aControlCharacterWrittenAsAnEscapeIsAnErrorAtItsLine() {
        YamlException e = failure("title: Talks\nsummary: \"Red \\x1b[31m alert\"\n", 3);

        assertEquals(4, e.line());
        assertEquals("the invisible control character U+001B is not allowed: no page or feed may carry it", e.getMessage());
    }

    @Test
    void everyKeyGivenTwiceAndEveryTagIsReportedInOneReading() {
        YamlException e = failure("title: A\ndate: 2026-01-01\ntitle: B\nx: !!java.net.URL [a]\ndate: 2026-01-02\n"
                + "y: !!set {a}\n", 2);

        assertEquals(List.of("4: key \"title\" is given twice (first on line 2)", "5: tag !!java.net.URL is not allowed:"
                + " only plain text, numbers, booleans, lists and maps", "6: key \"date\" is given twice (first on line 3)",
                "7: tag !!set is not allowed: only plain text, numbers, booleans, lists and maps"),
                e.all().stream().map(each -> each.line() + ": " + each.getMessage()).toList());
    }

    @Test
    void keysKeepTheirOrder() throws YamlException {
        YamlDocument doc = read("zebra: 1\nalpha: 2\nmiddle: 3\n");

        assertEquals(List.of("zebra", "alpha", "middle"), List.copyOf(doc.values().keySet()));
    }

    @Test
    void keyLinesCountFromTheGivenFirstLine() throws YamlException {
        YamlDocument doc = reader.read("title: A\n\ndate: 2026-11-27\nimage:\n  src: x.jpg\n", 2);

        assertEquals(2, doc.lineOf("title"));
        assertEquals(4, doc.lineOf("date"));
        assertEquals(5, doc.lineOf("image"));
        assertEquals(6, doc.lineOf("image.src"));
    }

    @Test
    void anAbsentKeyIsOnTheDocumentsFirstLine() throws YamlException {
        YamlDocument doc = reader.read("title: A\n", 7);

        assertEquals(7, doc.lineOf("date"));
        assertEquals(7, doc.firstLine());
    }

    @Test
    void anEmptyDocumentHasNoKeys() throws YamlException {
        assertTrue(read("").values().isEmpty());
        assertTrue(read("# only a comment\n").values().isEmpty());
    }

    @Test
    void valuesCannotBeChangedAfterReading() throws YamlException {
        YamlDocument doc = read("tags: [a, b]\nimage: {src: x}\n");

        assertThrows(UnsupportedOperationException.class, () -> doc.values().put("x", 1));
        assertThrows(UnsupportedOperationException.class, () -> ((List<?>) doc.get("tags")).clear());
        assertThrows(UnsupportedOperationException.class, () -> ((Map<?, ?>) doc.get("image")).clear());
    }

    @Test
    void scriptEngineGadgetIsRefusedWithItsLine() {
        String gadget = "title: Hi\nevil: !!javax.script.ScriptEngineManager "
                + "[!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1/x.jar\"]]]]\n";

        YamlException e = failure(gadget, 2);

        assertEquals(3, e.line());
        assertEquals(7, e.column());
        assertTrue(e.getMessage().contains("javax.script.ScriptEngineManager"), e.getMessage());
        assertTrue(e.getMessage().contains("is not allowed: only plain text, numbers, booleans, lists and maps"),
                e.getMessage());
    }

    @Test
    void javaClassTagsAreRefusedWhateverTheClass() {
        for (String tag : List.of("!!java.io.File", "!!java.lang.ProcessBuilder", "!!java.net.URL")) {
            YamlException e = failure("title: A\nfile: " + tag + " [\"/etc/passwd\"]\n", 1);

            assertEquals(2, e.line(), tag);
            assertTrue(e.getMessage().contains(tag.substring(2)), e.getMessage());
            assertTrue(e.getMessage().contains("is not allowed"), e.getMessage());
        }
    }

    @Test
    void aRefusedTagNeverConstructsItsObject() {
        Canary.built.set(false);
        String yaml = "a: !!org.broadsheet.yaml.YamlReaderTest$Canary {}\n"
                + "b: !!org.broadsheet.yaml.YamlReaderTest$Canary []\n";

        YamlException e = failure(yaml, 1);

        assertTrue(e.getMessage().contains("YamlReaderTest$Canary is not allowed"), e.getMessage());
        assertFalse(Canary.built.get(), "a class named by a tag was instantiated");
    }

    /** Tells whether anything ever built one: the reader must only ever make plain data. */
    public static final class Canary {
        static final AtomicBoolean built = new AtomicBoolean();

        public Canary() {
            built.set(true);
        }
    }

    @Test
    void otherStandardTagsAreRefused() {
        YamlException binary = failure("title: A\npicture: !!binary R0lGODlh\n", 1);
        YamlException set = failure("tags: !!set {a, b}\n", 1);

        assertEquals(2, binary.line());
        assertEquals("tag !!binary is not allowed: only plain text, numbers, booleans, lists and maps",
                binary.getMessage());
        assertTrue(set.getMessage().contains("set is not allowed"), set.getMessage());
    }

    @Test
    void localTagsAreRefusedWithLineAndColumn() {
        YamlException e = failure("title: A\nwho: !person Elena\n", 10);

        assertEquals(11, e.line());
        assertEquals(6, e.column());
        assertEquals("tag !person is not allowed: only plain text, numbers, booleans, lists and maps", e.getMessage());
    }

    @Test
    void explicitPlainTagsAreHonoured() throws YamlException {
        YamlDocument doc = read("zip: !!str 01234\ncount: !!int \"12\"\n");

        assertEquals("01234", doc.get("zip"));
        assertEquals(12L, doc.get("count"));
    }

    @Test
    void billionLaughsFailsFast() {
        String bomb = """
                a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
                g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
                h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
                i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
                """;

        YamlException e = assertTimeoutPreemptively(FAST, () -> failure(bomb, 2));

        assertEquals("too many aliases (more than 20): this looks like a \"billion laughs\" attack", e.getMessage());
    }

    @Test
    void aBombWithFewAliasesIsStoppedByItsSize() {
        // 18 aliases, each level tripling a list of 1,000 items: far past the node limit.
        StringBuilder yaml = new StringBuilder("a: &a [");
        for (int i = 0; i < 1000; i++) {
            yaml.append(i == 0 ? "" : ",").append("x");
        }
        yaml.append("]\n");
        String previous = "a";
        for (char level = 'b'; level <= 'g'; level++) {
            yaml.append(level).append(": &").append(level)
                    .append(" [*").append(previous).append(",*").append(previous).append(",*").append(previous).append("]\n");
            previous = String.valueOf(level);
        }
        String text = yaml.toString();

        YamlException e = assertTimeoutPreemptively(FAST, () -> failure(text, 1));

        assertEquals("expands to more than 100000 values: too large, or an alias bomb", e.getMessage());
    }

    @Test
    void aFewAliasesAreFine() throws YamlException {
        YamlDocument doc = read("base: &who Elena\nauthor: *who\n");

        assertEquals("Elena", doc.get("author"));
    }

    @Test
    void nestingDeeperThanTwentyLevelsFails() {
        String deep = "a: " + "[".repeat(25) + "]".repeat(25) + "\n";

        YamlException e = assertTimeoutPreemptively(FAST, () -> failure(deep, 4));

        assertEquals("nested more than 20 levels deep", e.getMessage());
        assertEquals(4, e.line());
    }

    @Test
    void nestedMapsDeeperThanTwentyLevelsFail() {
        StringBuilder yaml = new StringBuilder();
        for (int level = 0; level < 25; level++) {
            yaml.append("  ".repeat(level)).append("k").append(level).append(":\n");
        }
        yaml.append("  ".repeat(25)).append("end: 1\n");

        YamlException e = failure(yaml.toString(), 1);

        assertEquals("nested more than 20 levels deep", e.getMessage());
    }

    @Test
    void nestingOfAFewLevelsIsFine() throws YamlException {
        YamlDocument doc = read("a: [[[[1]]]]\n");

        assertEquals(List.of(List.of(List.of(List.of(1L)))), doc.get("a"));
    }

    @Test
    void aDocumentLargerThanTheLimitFails() {
        YamlReader small = YamlReader.forFrontMatter(100);
        String big = "summary: " + "x".repeat(200) + "\n";

        YamlException e = assertThrows(YamlException.class, () -> small.read(big, 2));

        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("exceeds the limit: 100 code points"), e.getMessage());
    }

    @Test
    void aDocumentWithinTheLimitIsRead() throws YamlException {
        YamlReader small = YamlReader.forFrontMatter(100);

        assertEquals("short", small.read("title: short\n", 1).get("title"));
    }

    @Test
    void duplicateKeyNamesBothLines() {
        YamlException e = failure("title: A\ndate: 2026-11-27\nsummary: S\ndate: 2026-11-28\n", 2);

        assertEquals("key \"date\" is given twice (first on line 3)", e.getMessage());
        assertEquals(5, e.line());
        assertEquals(1, e.column());
    }

    @Test
    void duplicateNestedKeyIsAnError() {
        YamlException e = failure("image:\n  src: a.jpg\n  src: b.jpg\n", 1);

        assertEquals("key \"src\" is given twice (first on line 2)", e.getMessage());
        assertEquals(3, e.line());
    }

    @Test
    void theSameKeyInDifferentMapsIsFine() throws YamlException {
        YamlDocument doc = read("a:\n  name: x\nb:\n  name: y\n");

        assertEquals(Map.of("name", "y"), doc.get("b"));
    }

    @Test
    void mergeKeysAreRefused() {
        YamlException e = failure("base: &base {lang: en}\nstory:\n  <<: *base\n  title: A\n", 1);

        assertEquals("merge keys (<<) are not supported", e.getMessage());
        assertEquals(3, e.line());
    }

    @Test
    void aKeyMustBePlainText() {
        YamlException e = failure("title: A\n? [a, b]\n: value\n", 1);

        assertEquals("a key must be plain text", e.getMessage());
        assertEquals(2, e.line());
    }

    @Test
    void timestampsStayStrings() throws YamlException {
        YamlDocument doc = read("date: 2026-11-27\nupdated: 2026-11-27T14:05:00-04:00\nspaced: 2026-11-27 14:05:00\n");

        assertEquals("2026-11-27", doc.get("date"));
        assertEquals("2026-11-27T14:05:00-04:00", doc.get("updated"));
        assertEquals("2026-11-27 14:05:00", doc.get("spaced"));
    }

    @Test
    void integersFollowYaml11() throws YamlException {
        YamlDocument doc = read("""
                plain: 42
                negative: -17
                plus: +8
                underscores: 1_000_000
                octal: 017
                hex: 0x1F
                binary: 0b1010
                zero: 0
                big: 123456789012345678901234567890
                """);

        assertEquals(42L, doc.get("plain"));
        assertEquals(-17L, doc.get("negative"));
        assertEquals(8L, doc.get("plus"));
        assertEquals(1_000_000L, doc.get("underscores"));
        assertEquals(15L, doc.get("octal"));
        assertEquals(31L, doc.get("hex"));
        assertEquals(10L, doc.get("binary"));
        assertEquals(0L, doc.get("zero"));
        assertEquals(new BigInteger("123456789012345678901234567890"), doc.get("big"));
    }

    @Test
    void floatsFollowYaml11() throws YamlException {
        YamlDocument doc = read("""
                plain: 1.5
                negative: -0.25
                exponent: 6.8523015e+5
                infinity: .inf
                minusInfinity: -.Inf
                notANumber: .NaN
                """);

        assertEquals(1.5, doc.get("plain"));
        assertEquals(-0.25, doc.get("negative"));
        assertEquals(685230.15, doc.get("exponent"));
        assertEquals(Double.POSITIVE_INFINITY, doc.get("infinity"));
        assertEquals(Double.NEGATIVE_INFINITY, doc.get("minusInfinity"));
        assertTrue(Double.isNaN((Double) doc.get("notANumber")));
    }

    @Test
    void booleansFollowYaml11() throws YamlException {
        YamlDocument doc = read("a: true\nb: False\nc: yes\nd: No\ne: on\nf: OFF\n");

        assertEquals(Boolean.TRUE, doc.get("a"));
        assertEquals(Boolean.FALSE, doc.get("b"));
        assertEquals(Boolean.TRUE, doc.get("c"));
        assertEquals(Boolean.FALSE, doc.get("d"));
        assertEquals(Boolean.TRUE, doc.get("e"));
        assertEquals(Boolean.FALSE, doc.get("f"));
    }

    @Test
    void nullsFollowYaml11() throws YamlException {
        YamlDocument doc = read("a: null\nb: ~\nc:\nd: Null\n");

        for (String key : List.of("a", "b", "c", "d")) {
            assertTrue(doc.has(key), key);
            assertNull(doc.get(key), key);
        }
    }

    @Test
    void quotedScalarsStayText() throws YamlException {
        YamlDocument doc = read("a: \"true\"\nb: '42'\nc: \"null\"\nd: \"2026-11-27\"\n");

        assertEquals("true", doc.get("a"));
        assertEquals("42", doc.get("b"));
        assertEquals("null", doc.get("c"));
        assertEquals("2026-11-27", doc.get("d"));
    }

    @Test
    void wordsThatLookLikeNumbersStayText() throws YamlException {
        YamlDocument doc = read("a: 1.2.3\nb: 12abc\nc: y\nd: n\n");

        assertEquals("1.2.3", doc.get("a"));
        assertEquals("12abc", doc.get("b"));
        assertEquals("y", doc.get("c"));
        assertEquals("n", doc.get("d"));
    }

    @Test
    void aSexagesimalNumberStaysTheTextItLooksLike() throws YamlException {
        // YAML 1.1 reads 12:30 as the base-60 number 750; an author writing it means the time.
        YamlDocument doc = YamlReader.forFrontMatter(1 << 16).read("title: A\ntime: 12:30\n", 5);

        assertEquals("12:30", doc.get("time"));
    }

    @Test
    void plainValuesKeepTheTextAsWritten() throws YamlException {
        YamlDocument doc = YamlReader.forFrontMatter(1 << 16).read("title: No\nslug: 0123\ntags: [yes, On]\n", 2);

        assertEquals(false, doc.get("title"));
        assertEquals("No", doc.text("title"));
        assertEquals("0123", doc.text("slug"));
        assertEquals("On", doc.text("tags[1]"));
    }

    @Test
    void aListAtTheRootIsAnError() {
        YamlException e = failure("- a\n- b\n", 2);

        assertEquals("expected keys and values (key: value), found a list", e.getMessage());
        assertEquals(2, e.line());
    }

    @Test
    void aScalarAtTheRootIsAnError() {
        YamlException e = failure("\njust some text\n", 2);

        assertEquals("expected keys and values (key: value), found a single value", e.getMessage());
        assertEquals(3, e.line());
    }

    @Test
    void syntaxErrorsGiveTheFileLineAndColumn() {
        YamlException e = failure("title: A\ntags: [a, b\ndate: 2026-11-27\n", 2);

        assertTrue(e.getMessage().startsWith("invalid YAML: "), e.getMessage());
        assertTrue(e.line() >= 3, "line " + e.line());
        assertTrue(e.column() > 0, "column " + e.column());
    }

    @Test
    void aTabIndentIsASyntaxErrorOnItsLine() {
        YamlException e = failure("title: A\nimage:\n\tsrc: x.jpg\n", 2);

        assertTrue(e.getMessage().startsWith("invalid YAML: "), e.getMessage());
        assertEquals(4, e.line());
    }

    @Test
    void numbersInListsAreTyped() throws YamlException {
        YamlDocument doc = read("mixed: [1, two, 3.0, true, null]\n");

        List<?> list = assertInstanceOf(List.class, doc.get("mixed"));
        assertEquals(5, list.size());
        assertEquals(1L, list.get(0));
        assertEquals("two", list.get(1));
        assertEquals(3.0, list.get(2));
        assertEquals(Boolean.TRUE, list.get(3));
        assertNull(list.get(4));
    }

    @Test
    void readingIsRepeatableWithOneReader() throws YamlException {
        assertEquals("A", read("title: A\n").get("title"));
        assertThrows(YamlException.class, () -> read("a: 1\na: 2\n"));
        assertEquals("B", read("title: B\n").get("title"));
    }
}
