package org.broadsheet.render;

import java.util.Map;
import org.broadsheet.pages.Page;
import org.broadsheet.template.TemplateEngine;
import org.broadsheet.template.Utf8Buffer;
import org.broadsheet.view.PageModels;
import org.broadsheet.view.Views;

/** Renders one page to the bytes of its file. Thread-safe; pages render in parallel. */
public final class PageRenderer {

    private final TemplateEngine templates;
    private final PageModels models;
    /** Each thread's page buffer, kept from page to page: a new 32 KB one per page was a twentieth of rendering. */
    private final ThreadLocal<Utf8Buffer> buffers = ThreadLocal.withInitial(() -> new Utf8Buffer(32 * 1024));

    public PageRenderer(TemplateEngine templates, Views views) {
        this.templates = templates;
        this.models = new PageModels(views);
    }

    /** What the page's template receives, which is also what its fingerprint is made of. */
    public Map<String, Object> model(Page page) {
        return models.of(page);
    }

    /**
     * @throws TemplateEngine.TemplateProblem at the template line that failed
     */
    public byte[] render(Page page) throws TemplateEngine.TemplateProblem {
        return render(page, model(page));
    }

    /**
     * Renders a page from the model {@link #model} made for it.
     *
     * @throws TemplateEngine.TemplateProblem at the template line that failed
     */
    public byte[] render(Page page, Map<String, Object> model) throws TemplateEngine.TemplateProblem {
        Utf8Buffer out = buffers.get();
        out.reset();
        templates.render(page.template(), model, out);
        return out.toByteArray();
    }
}
