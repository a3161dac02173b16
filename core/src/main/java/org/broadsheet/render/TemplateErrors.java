package org.broadsheet.render;

import java.util.LinkedHashMap;
import java.util.Map;
import org.broadsheet.pages.Page;
import org.broadsheet.problem.Problems;
import org.broadsheet.problem.SourcePosition;
import org.broadsheet.template.TemplateEngine;

/**
 * Gathers template errors from pages rendered in parallel. One broken line of a template
 * breaks every page that uses it; it is reported once, with the first page and a count.
 */
public final class TemplateErrors {

    private record Failure(SourcePosition at, String message) {
    }

    private final Map<Failure, String> firstPage = new LinkedHashMap<>();
    private final Map<Failure, Integer> pages = new LinkedHashMap<>();

    /** Notes that rendering {@code page} failed with {@code problem}. */
    public synchronized void add(TemplateEngine.TemplateProblem problem, Page page) {
        Failure failure = new Failure(problem.position(), problem.getMessage());
        String owner = page.owner();
        firstPage.merge(failure, owner, (a, b) -> a.compareTo(b) <= 0 ? a : b);
        pages.merge(failure, 1, Integer::sum);
    }

    /** Reports each failure once, with the first page (by source) it broke and how many others. */
    public synchronized void reportTo(Problems problems) {
        firstPage.forEach((failure, owner) -> {
            int count = pages.get(failure);
            String where = count == 1 ? " (rendering " + owner + ")"
                    : " (rendering " + owner + " and " + (count - 1) + " other page" + (count == 2 ? "" : "s") + ")";
            problems.error(failure.at(), failure.message() + where);
        });
    }
}
