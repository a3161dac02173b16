package org.broadsheet.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Broadsheet's Markdown renderer, with its faster replacements of flexmark's parts
 * ({@link FastInlineParser}, {@link FastText}, the filter of {@link FastAutolinks}), renders every
 * example of the CommonMark 0.31.2 spec and thousands of seeded random documents exactly as
 * stock flexmark with the same options does, but for the differences their Javadoc documents:
 * <ul>
 * <li>autolinks are looked for in each text node on its own, so that an entity ends an e-mail
 * address ({@link FastAutolinks}; shown by {@code FastAutolinksTest}): both renderers here do
 * so, flexmark's by its own post-processor on every text node;
 * <li>a control character written as an entity ({@code &#27;}) is shown as U+FFFD
 * ({@link FastText}), where flexmark writes the character, which no page or feed may carry.
 * </ul>
 */
class MarkdownEquivalenceTest {

    static final int RANDOM_DOCUMENTS = 2_000;
    static final long SEED = 15;

    static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]");

    final Renderers safe = new Renderers(false);
    final Renderers raw = new Renderers(true);

    @Test
    void everyExampleOfTheCommonMarkSpecRendersAsStockFlexmark() throws IOException {
        List<String> different = new ArrayList<>();
        for (Map<?, ?> example : specExamples()) {
            String markdown = (String) example.get("markdown");
            for (Renderers renderers : List.of(safe, raw)) {
                renderers.compare("example " + example.get("example"), markdown).ifPresent(different::add);
            }
        }
        assertEquals(List.of(), different);
    }

    @Test
    void seededRandomDocumentsRenderAsStockFlexmark() {
        RandomMarkdown documents = new RandomMarkdown(SEED);
        List<String> different = new ArrayList<>();
        for (int i = 0; i < RANDOM_DOCUMENTS; i++) {
            String markdown = documents.next();
            (i % 2 == 0 ? raw : safe).compare("document " + i, markdown).ifPresent(different::add);
        }
        assertEquals(List.of(), different);
    }

    /** Broadsheet's renderer and stock flexmark's, with the same options. */
    private record Renderers(MarkdownRenderer broadsheet, MarkdownRenderer stock) {

        Renderers(boolean unsafeHtml) {
            this(new MarkdownRenderer(unsafeHtml), new MarkdownRenderer(unsafeHtml, true));
        }

        /** How the two render {@code markdown} differently, beyond the documented differences; empty if not. */
        Optional<String> compare(String name, String markdown) {
            String ours = html(broadsheet, markdown);
            String theirs = CONTROL.matcher(html(stock, markdown)).replaceAll("\uFFFD");
            if (ours.equals(theirs)) {
                return Optional.empty();
            }
            return Optional.of(name + ":\n" + markdown + "\n--- Broadsheet:\n" + ours + "--- flexmark:\n" + theirs);
        }

        private static String html(MarkdownRenderer renderer, String markdown) {
            try {
                return renderer.render(markdown, "/", "").html();
            } catch (RuntimeException | AssertionError e) {
                return "failed: " + e;
            }
        }
    }

    private static List<Map<?, ?>> specExamples() throws IOException {
        try (InputStream in = MarkdownEquivalenceTest.class.getResourceAsStream("/commonmark/spec-0.31.2.json")) {
            Object[] examples = (Object[]) org.eclipse.jetty.util.ajax.JSON.parse(new String(in.readAllBytes(),
                    StandardCharsets.UTF_8));
            List<Map<?, ?>> list = new ArrayList<>();
            for (Object example : examples) {
                list.add((Map<?, ?>) example);
            }
            assertEquals(652, list.size(), "the examples of CommonMark 0.31.2");
            return list;
        }
    }
}
