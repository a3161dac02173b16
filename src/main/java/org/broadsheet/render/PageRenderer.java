package org.broadsheet.render;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Renders one page to the bytes of its file. Thread-safe; pages render in parallel. */
public final class PageRenderer {

    private final TemplateEngine templates;
    private final Views views;

    public PageRenderer(TemplateEngine templates, Views views) {
        this.templates = templates;
        this.views = views;
    }

    /**
     * @throws TemplateEngine.TemplateProblem at the template line that failed
     */
    public byte[] render(Page page) throws TemplateEngine.TemplateProblem {
        StringWriter out = new StringWriter(16 * 1024);
        templates.render(page.template(), page.model(views), out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
