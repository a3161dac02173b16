package org.broadsheet.template;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.broadsheet.problem.SourcePosition;
import org.broadsheet.view.Deferred;

/**
 * The FreeMarker set-up, built once per build and shared by all threads. Templates come from
 * the site's {@code templates/} folder first and from the built-in theme inside the jar
 * second, so a site overrides the theme file by file. {@code .ftlh} templates escape HTML and
 * {@code .ftlx} templates XML by default; {@code ?new} and {@code ?api} are switched off, and
 * errors stop the page instead of printing half of it.
 */
public final class TemplateEngine {

    /** Where the built-in theme's templates are on the class path. */
    public static final String THEME = "/theme/templates";

    private final Configuration configuration;
    private final Path siteTemplates;

    public TemplateEngine(Path siteRoot, Locale locale, ZoneId zone) {
        this.siteTemplates = siteRoot.resolve("templates");
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(loader(siteTemplates));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setLocale(locale);
        cfg.setTimeZone(TimeZone.getTimeZone(zone));
        cfg.setNumberFormat("computer");
        cfg.setLocalizedLookup(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        cfg.setObjectWrapper(new ViewWrapper(Configuration.VERSION_2_3_34));
        this.configuration = cfg;
    }

    private static TemplateLoader loader(Path siteTemplates) {
        TemplateLoader theme = new ClassTemplateLoader(TemplateEngine.class, THEME);
        if (!Files.isDirectory(siteTemplates)) {
            return theme;
        }
        try {
            return new MultiTemplateLoader(new TemplateLoader[] {new SiteTemplateLoader(siteTemplates), theme});
        } catch (IOException e) {
            return theme;
        }
    }

    /** Whether a template of that name ({@code article.ftlh}) exists in the site or the theme. */
    public boolean exists(String name) {
        try {
            return configuration.getTemplate(name, null, null, true, true) != null;
        } catch (IOException | SecurityException e) {
            return true; // it exists but does not parse, or links outside templates/: rendering will report it
        }
    }

    /**
     * Renders {@code name} with {@code model} into {@code out}.
     *
     * @throws TemplateProblem naming the template file, line and column of what went wrong
     */
    public void render(String name, Map<String, Object> model, Writer out) throws TemplateProblem {
        try {
            Template template = configuration.getTemplate(name);
            template.process(model, out);
        } catch (TemplateNotFoundException e) {
            throw new TemplateProblem(SourcePosition.of(sitePath(name)), "template " + name + " does not exist");
        } catch (TemplateException | IOException | SecurityException e) {
            Deferred.rethrowFailure(e);
            throw problemOf(name, e);
        }
    }

    /**
     * Where and what the failure of the page's template {@code name} is. A template that does not
     * parse, or that links outside templates/, is named itself, also when the page's template
     * met it in an include: FreeMarker blames the include, and on every later page says the
     * include failed "on an earlier attempt", each time with the template's own failure as the cause.
     */
    private TemplateProblem problemOf(String name, Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SiteTemplateLoader.LinkOutside link) {
                return new TemplateProblem(SourcePosition.of("templates/" + link.template()), "is a symbolic link"
                        + " to a file outside templates/, which is not read; copy the file in instead");
            }
            if (cause instanceof ParseException p) {
                return new TemplateProblem(new SourcePosition(sitePath(p.getTemplateName()), p.getLineNumber(),
                        p.getColumnNumber()), oneLine(p.getEditorMessage()));
            }
        }
        if (e instanceof TemplateException t) {
            String template = t.getTemplateSourceName() == null ? name : t.getTemplateSourceName();
            return new TemplateProblem(new SourcePosition(sitePath(template),
                    t.getLineNumber() == null ? 0 : t.getLineNumber(),
                    t.getColumnNumber() == null ? 0 : t.getColumnNumber()), oneLine(t.getMessageWithoutStackTop()));
        }
        return new TemplateProblem(SourcePosition.of(sitePath(name)), "cannot be read: " + e.getMessage());
    }

    /** FreeMarker's loader of the site's templates, whose refusal of a link names the template that is one. */
    private static final class SiteTemplateLoader extends FileTemplateLoader {

        /** A template of templates/ that is a symbolic link to a file outside it. */
        static final class LinkOutside extends SecurityException {
            private static final long serialVersionUID = 1L;
            private final String template;

            LinkOutside(String template, SecurityException refusal) {
                super(refusal.getMessage(), refusal);
                this.template = template;
            }

            String template() {
                return template;
            }
        }

        SiteTemplateLoader(Path siteTemplates) throws IOException {
            super(siteTemplates.toFile());
        }

        @Override
        public String toString() { // FreeMarker's messages name the loader that did not find a template
            return "FileTemplateLoader(baseDir=\"" + baseDir + "\")";
        }

        @Override
        public Object findTemplateSource(String name) throws IOException {
            try {
                return super.findTemplateSource(name);
            } catch (SecurityException e) {
                throw new LinkOutside(name, e);
            }
        }
    }

    /** The site-folder path of a template for messages: the site's own, or the theme's. */
    private String sitePath(String name) {
        if (name == null) {
            return "templates";
        }
        try {
            return Files.isRegularFile(siteTemplates.resolve(name)) ? "templates/" + name : "(built-in theme) " + name;
        } catch (InvalidPathException e) {
            return "templates/" + name; // a name this locale cannot make a path of: not the theme's
        }
    }

    /** FreeMarker's message without its tips and stack, on one line. */
    private static String oneLine(String message) {
        String text = message == null ? "template error" : message;
        int tip = text.indexOf("\n----");
        if (tip >= 0) {
            text = text.substring(0, tip);
        }
        return text.replaceAll("\\s*\\[in template \"[^\"]*\" at line \\d+, column \\d+]", "")
                .replaceAll("\\s+", " ").strip();
    }

    /** A template that could not be rendered, at a template position. */
    public static final class TemplateProblem extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient SourcePosition position;

        TemplateProblem(SourcePosition position, String message) {
            super(message);
            this.position = position;
        }

        public SourcePosition position() {
            return position;
        }
    }
}
