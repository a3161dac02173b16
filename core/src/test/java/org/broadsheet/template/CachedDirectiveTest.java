package org.broadsheet.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.template.SimpleNumber;
import freemarker.template.TemplateMethodModelEx;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.broadsheet.view.Fragments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachedDirectiveTest {

    @TempDir
    Path site;

    private final CachedDirective cached = new CachedDirective(new Fragments());
    private final AtomicInteger calls = new AtomicInteger();
    /** {@code count()}: how often the template called it, so a test sees which bodies ran. */
    private final TemplateMethodModelEx count = args -> new SimpleNumber(calls.incrementAndGet());

    private void template(String name, String text) throws IOException {
        Path file = site.resolve("templates").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Renders like a page does: into a Utf8Buffer, or a plain writer when {@code plain}. */
    private String render(String name, Map<String, Object> values, boolean plain) throws TemplateEngine.TemplateProblem {
        Map<String, Object> model = new HashMap<>(values);
        model.put("cached", cached);
        model.put("count", count);
        TemplateEngine engine = new TemplateEngine(site, Locale.forLanguageTag("en-US"), ZoneId.of("UTC"));
        if (plain) {
            StringWriter out = new StringWriter();
            engine.render(name, model, out);
            return out.toString();
        }
        Utf8Buffer out = new Utf8Buffer(64);
        engine.render(name, model, out);
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void aKeyRendersItsBodyOnceAndEveryUseShowsTheSameOutput() throws Exception {
        template("card.ftlh", "<@cached key=\"card ${id}\"><p>${title} · ${count()}</p></@cached>");

        assertEquals("<p>Zürich &amp; co · 1</p>", render("card.ftlh", Map.of("id", "a", "title", "Zürich & co"), false));
        assertEquals("<p>Zürich &amp; co · 1</p>", render("card.ftlh", Map.of("id", "a", "title", "Zürich & co"), true));
        assertEquals("<p>Lima · 2</p>", render("card.ftlh", Map.of("id", "b", "title", "Lima"), false));
        assertEquals(2, calls.get());
    }

    @Test
    void aPageMayUseAKeyManyTimes() throws Exception {
        template("list.ftlh", "<#list ids as id><@cached key=id>[${id}:${count()}]</@cached></#list>");

        assertEquals("[a:1][b:2][a:1]", render("list.ftlh", Map.of("ids", List.of("a", "b", "a")), false));
    }

    @Test
    void aBodyThatFailsIsReportedAtItsLineEachTimeAndNotKept() throws Exception {
        template("broken.ftlh", "<@cached key=\"x\">\n${missing}</@cached>");

        for (int i = 0; i < 2; i++) {
            TemplateEngine.TemplateProblem problem = assertThrows(TemplateEngine.TemplateProblem.class,
                    () -> render("broken.ftlh", Map.of(), false));
            assertEquals(2, problem.position().line());
            assertTrue(problem.getMessage().contains("missing"), problem.getMessage());
        }
    }

    @Test
    void aMissingKeyIsAnErrorThatShowsHowToWriteIt() throws Exception {
        template("nokey.ftlh", "<p>\n<@cached>x</@cached>");

        TemplateEngine.TemplateProblem problem = assertThrows(TemplateEngine.TemplateProblem.class,
                () -> render("nokey.ftlh", Map.of(), false));

        assertEquals(2, problem.position().line());
        assertTrue(problem.getMessage().contains("<@cached key="), problem.getMessage());
    }
}
