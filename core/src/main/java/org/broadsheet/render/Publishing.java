package org.broadsheet.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.broadsheet.hash.Fingerprint;
import org.broadsheet.output.SiteWriter;
import org.broadsheet.pages.Page;
import org.broadsheet.pages.PagePlanner;
import org.broadsheet.pages.StaticFile;
import org.broadsheet.problem.Problems;
import org.broadsheet.problem.SourcePosition;
import org.broadsheet.template.TemplateEngine;

/**
 * Renders the planned pages in parallel and hands them to the writer: a page whose inputs match
 * the last build's is not rendered, and a rendered page whose bytes match is not written.
 * Template errors are gathered and reported once per template line.
 */
public final class Publishing {

    private final PageRenderer renderer;
    private final Fingerprints fingerprints;
    private final Problems problems;
    /** Told of each page and file as it is done, rendered or not. */
    private final Runnable itemDone;
    private final AtomicInteger rendered = new AtomicInteger();
    /** Set when rendering a page failed unexpectedly (a damaged cache, a bug): the rest is skipped. */
    private final AtomicBoolean stopped = new AtomicBoolean();

    public Publishing(PageRenderer renderer, Fingerprints fingerprints, Problems problems, Runnable itemDone) {
        this.itemDone = itemDone;
        this.renderer = renderer;
        this.fingerprints = fingerprints;
        this.problems = problems;
    }

    /**
     * Renders and writes everything into the writer's staging folder; commits nothing. Pages
     * render on the pool the call runs in: run it in one as wide as the machine.
     */
    public void publish(PagePlanner.Plan plan, SiteWriter writer) {
        TemplateErrors templateErrors = new TemplateErrors();
        plan.pages().parallelStream().forEach(page -> {
            if (stopped.get()) {
                return; // another page failed: the build stops, and its other tasks end quickly
            }
            try {
                publish(page, writer, templateErrors);
            } catch (RuntimeException | Error e) {
                stopped.set(true);
                throw e;
            }
        });
        plan.files().parallelStream().forEach(file -> {
            itemDone.run();
            copy(writer, file);
        });
        templateErrors.reportTo(problems);
    }

    private void publish(Page page, SiteWriter writer, TemplateErrors templateErrors) {
        itemDone.run();
        Map<String, Object> model = renderer.model(page);
        long fingerprint = fingerprints.of(page.template(), model);
        if (writer.isCurrent(page.outputPath(), fingerprint)) {
            return;
        }
        try {
            byte[] bytes = renderer.render(page, model);
            rendered.incrementAndGet();
            writer.write(page.outputPath(), bytes, fingerprint, Fingerprint.of(bytes));
        } catch (TemplateEngine.TemplateProblem e) {
            templateErrors.add(e, page);
        }
    }

    private void copy(SiteWriter writer, StaticFile file) {
        if (writer.isCurrent(file.outputPath(), file.fingerprint())) {
            return;
        }
        try {
            writer.copy(file.open(), file.outputPath(), file.fingerprint());
        } catch (IOException | UncheckedIOException e) {
            problems.error(SourcePosition.of(file.owner()), "cannot be copied: " + e.getMessage());
        }
    }

    /** Pages rendered by this build; the others were current. */
    public int rendered() {
        return rendered.get();
    }
}
