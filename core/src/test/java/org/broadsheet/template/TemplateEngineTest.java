package org.broadsheet.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.broadsheet.problem.SourcePosition;
import org.broadsheet.template.TemplateEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateEngineTest {

    @TempDir
    Path site;

    private void template(String name, String text) throws IOException {
        Path file = site.resolve("templates").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private TemplateEngine engine() {
        return new TemplateEngine(site, Locale.forLanguageTag("en-US"), ZoneId.of("America/Caracas"));
    }

    private String render(String name, Map<String, Object> model) throws TemplateEngine.TemplateProblem {
        StringWriter out = new StringWriter();
        engine().render(name, model, out);
        return out.toString();
    }

    private TemplateEngine.TemplateProblem problem(String name, Map<String, Object> model) {
        return assertThrows(TemplateEngine.TemplateProblem.class, () -> render(name, model));
    }

    @Test
    void aSiteTemplateRendersItsModel() throws Exception {
        template("hello.ftlh", "<h1>${title}</h1>");

        assertEquals("<h1>Talks resume</h1>", render("hello.ftlh", Map.of("title", "Talks resume")));
    }

    @Test
    void modelTextIsEscapedInHtmlTemplates() throws Exception {
        template("page.ftlh", "<h1>${title}</h1><a title=\"${title}\">x</a>");

        String html = render("page.ftlh", Map.of("title", "<script>alert(1)</script> & \"quotes\""));

        assertEquals("<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;</h1>"
                + "<a title=\"&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;\">x</a>", html);
    }

    @Test
    void modelTextIsEscapedInXmlTemplates() throws Exception {
        template("feed.ftlx", "<title>${title}</title>");

        assertEquals("<title>&lt;b&gt; &amp; &apos;x&apos;</title>", render("feed.ftlx", Map.of("title", "<b> & 'x'")));
    }

    @Test
    void newIsForbidden() throws IOException {
        template("evil.ftlh", "<p>Safe line</p>\n<p>${\"freemarker.template.utility.Execute\"?new()(\"id\")}</p>\n");

        TemplateEngine.TemplateProblem e = problem("evil.ftlh", Map.of());

        assertEquals(new SourcePosition("templates/evil.ftlh", 2, 4), e.position());
        assertEquals("templates/evil.ftlh:2:4", e.position().toString());
        assertEquals("Instantiating freemarker.template.utility.Execute is not allowed in the template "
                + "for security reasons.", e.getMessage());
    }

    @Test
    void newIsForbiddenForObjectConstructorToo() throws IOException {
        template("evil2.ftlh", "<#assign make = \"freemarker.template.utility.ObjectConstructor\"?new()>\n");

        TemplateEngine.TemplateProblem e = problem("evil2.ftlh", Map.of());

        assertEquals("templates/evil2.ftlh", e.position().file());
        assertEquals(1, e.position().line());
    }

    @Test
    void apiIsForbidden() throws IOException {
        template("api.ftlh", "<#-- line 1 -->\n\n${items?api.getClass().getName()}\n");

        TemplateEngine.TemplateProblem e = problem("api.ftlh", Map.of("items", new java.util.ArrayList<>()));

        assertEquals("templates/api.ftlh", e.position().file());
        assertEquals("templates/api.ftlh:3:3", e.position().toString());
        assertTrue(e.getMessage().startsWith("Can't use ?api, because the \"api_builtin_enabled\" configuration "
                + "setting is false."), e.getMessage());
    }

    @Test
    void aSyntaxErrorReportsLineAndColumn() throws IOException {
        template("broken.ftlh", "<p>one</p>\n<p>two</p>\n<#if>\n</#if>\n");

        TemplateEngine.TemplateProblem e = problem("broken.ftlh", Map.of());

        assertEquals("templates/broken.ftlh:3:2", e.position().toString());
        assertTrue(e.getMessage().startsWith("#if is an existing directive, but the tag is malformed."), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void anUnclosedDirectiveIsASyntaxError() throws IOException {
        template("unclosed.ftlh", "<#list items as item>\n${item}\n");

        TemplateEngine.TemplateProblem e = problem("unclosed.ftlh", Map.of("items", java.util.List.of("a")));

        assertEquals("templates/unclosed.ftlh", e.position().file());
        assertTrue(e.position().line() >= 1, e.position().toString());
    }

    @Test
    void aMissingValueNamesItsPosition() throws IOException {
        template("missing.ftlh", "<p>\n  ${article.title}\n</p>\n");

        TemplateEngine.TemplateProblem e = problem("missing.ftlh", Map.of());

        assertEquals(new SourcePosition("templates/missing.ftlh", 2, 5), e.position());
        assertTrue(e.getMessage().contains("article"), e.getMessage());
        assertFalse(e.getMessage().contains("[in template"), e.getMessage());
        assertFalse(e.getMessage().contains("----"), e.getMessage());
    }

    @Test
    void anErrorInAnIncludedPartialNamesThePartial() throws IOException {
        template("page.ftlh", "<main>\n<#include \"partials/box.ftlh\">\n</main>\n");
        template("partials/box.ftlh", "<div>\n\n${nothing.here}</div>\n");

        TemplateEngine.TemplateProblem e = problem("page.ftlh", Map.of());

        assertEquals("templates/partials/box.ftlh", e.position().file());
        assertEquals(3, e.position().line());
    }

    @Test
    void aMissingTemplateIsNamed() {
        TemplateEngine.TemplateProblem e = problem("nowhere.ftlh", Map.of());

        assertEquals("template nowhere.ftlh does not exist", e.getMessage());
        assertEquals("(built-in theme) nowhere.ftlh", e.position().toString());
    }

    @Test
    void theBuiltInThemeIsTheFallback() throws IOException {
        template("custom.ftlh", "x");
        TemplateEngine engine = engine();

        assertTrue(engine.exists("article.ftlh"));
        assertTrue(engine.exists("custom.ftlh"));
        assertFalse(engine.exists("nowhere.ftlh"));
    }

    @Test
    void aSiteTemplateOverridesTheTheme() throws Exception {
        template("robots.ftl", "User-agent: nobody\n");

        assertEquals("User-agent: nobody\n", render("robots.ftl", Map.of()));
    }

    @Test
    void aSiteWithoutTemplatesUsesTheTheme() {
        assertTrue(engine().exists("article.ftlh"));
    }

    @Test
    void aTemplateThatDoesNotParseStillExists() throws IOException {
        template("broken.ftlh", "<#if>\n");

        assertTrue(engine().exists("broken.ftlh"));
    }

    @Test
    void numbersAreWrittenForComputers() throws Exception {
        template("n.ftlh", "${n}");

        assertEquals("1234567", render("n.ftlh", Map.of("n", 1234567)));
    }

    /** Records stand for the views templates see (a public nested record, as in Views). */
    public record Byline(String name, int count, Byline editor, java.util.List<String> tags) {
        public String shout(String suffix) {
            return name.toUpperCase(Locale.ROOT) + suffix;
        }
    }

    @Test
    void recordsShowTheirComponentsEscapedAndTheirMethodsToo() throws Exception {
        template("byline.ftlh", "${b.name}|${b.count}|${b.editor.name}|${b.editor.editor???c}|${b.tags?join(\",\")}"
                + "|${b?keys?join(\",\")}|${b.shout(\"!\")}|${b.name()}|${b?has_content?c}");
        Byline editor = new Byline("Ana <Ed>", 1, null, java.util.List.of());

        String html = render("byline.ftlh", Map.of("b", new Byline("Elena & co", 3, editor, java.util.List.of("a", "b"))));

        assertEquals("Elena &amp; co|3|Ana &lt;Ed&gt;|false|a,b|name,count,editor,tags|ELENA &amp; CO!|Elena &amp; co|true",
                html);
    }

    @Test
    void aMissingComponentIsAnErrorAtItsLine() throws Exception {
        template("typo.ftlh", "<p>\n${b.nmae}</p>");

        TemplateEngine.TemplateProblem e = problem("typo.ftlh", Map.of("b", new Byline("x", 0, null, java.util.List.of())));

        assertEquals(new SourcePosition("templates/typo.ftlh", 2, 3), e.position());
        assertTrue(e.getMessage().contains("b.nmae"), e.getMessage());
    }

    @Test
    void theJavaClassBehindARecordIsNotShown() throws Exception {
        template("class.ftlh", "${b.class.name}");
        template("getclass.ftlh", "${b.getClass().name}");
        Byline b = new Byline("x", 0, null, java.util.List.of());

        assertTrue(problem("class.ftlh", Map.of("b", b)).getMessage().contains("b.class"));
        assertTrue(problem("getclass.ftlh", Map.of("b", b)).getMessage().contains("b.getClass"));
    }

    /** FreeMarker blames the include, and on later pages says only that it failed "on an earlier attempt". */
    @Test
    void anIncludedTemplateThatDoesNotParseIsNamedOnEveryPageNotTheOneIncludingIt() throws Exception {
        template("page.ftlh", "<p>Page</p>\n<#include \"partials/broken.ftlh\">");
        template("partials/broken.ftlh", "<p>Fine</p>\n<#if>\n");
        TemplateEngine engine = engine();

        for (int page = 0; page < 2; page++) {
            TemplateEngine.TemplateProblem e = assertThrows(TemplateEngine.TemplateProblem.class,
                    () -> engine.render("page.ftlh", Map.of(), new StringWriter()));
            assertEquals("templates/partials/broken.ftlh:2:2", e.position().toString());
            assertEquals("#if is an existing directive, but the tag is malformed. (See FreeMarker Manual / Directive"
                    + " Reference.)", e.getMessage());
        }
    }

    /** A link to a template inside templates/ is read; its errors are the link's, as the page includes it by that name. */
    @Test
    @org.junit.jupiter.api.condition.DisabledOnOs(org.junit.jupiter.api.condition.OS.WINDOWS)
    void anIncludedLinkToATemplateThatDoesNotParseIsNamedAsTheLink() throws Exception {
        template("page.ftlh", "<p>Page</p>\n<#include \"partials/footer.ftlh\">");
        template("shared/footer.ftlh", "<footer>\n<#if>\n");
        Files.createSymbolicLink(Files.createDirectories(site.resolve("templates/partials")).resolve("footer.ftlh"),
                Path.of("../shared/footer.ftlh"));

        assertEquals("templates/partials/footer.ftlh:2:2", problem("page.ftlh", Map.of()).position().toString());
    }
}
