package org.broadsheet.comments;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.broadsheet.problem.Problems;
import org.broadsheet.problem.SourcePosition;

/**
 * Threads the approved replies of one article: each under the reply it answers, oldest first at
 * every level. Threads nest at most {@code maxDepth} deep; a reply to a reply at that depth
 * joins it at that depth, after it, as WordPress shows it. A reply whose {@code replyTo} is not
 * among the article's approved replies (it was rejected or removed) is shown at the top level,
 * with a warning; two replies with one id, or replies that answer each other in a loop, are errors.
 */
final class CommentThreads {

    /** A reply read from its file, with its body rendered. */
    record Loaded(Reply reply, String source, int idLine, int replyToLine, CommentMarkdown.Rendered body) {
    }

    private static final Comparator<Loaded> OLDEST_FIRST = Comparator
            .comparing((Loaded l) -> l.reply().date().toInstant()).thenComparing(l -> l.reply().id());

    private final int maxDepth;

    CommentThreads(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    Comments.Discussion thread(String articleId, List<Loaded> replies, Problems problems) {
        List<Loaded> sorted = new ArrayList<>(replies);
        sorted.sort(OLDEST_FIRST.thenComparing(Loaded::source));
        Map<String, Loaded> byId = new HashMap<>();
        List<Loaded> unique = new ArrayList<>();
        for (Loaded l : sorted) {
            Loaded first = byId.putIfAbsent(l.reply().id(), l);
            if (first != null) {
                problems.error(SourcePosition.of(l.source(), l.idLine()), "id \"" + l.reply().id()
                        + "\" is also the id of " + first.source() + "; each reply of an article needs its own id");
            } else {
                unique.add(l);
            }
        }
        Map<String, String> parentOf = new HashMap<>();
        for (Loaded l : unique) {
            String replyTo = l.reply().replyTo();
            if (replyTo.isEmpty()) {
                continue;
            }
            if (!byId.containsKey(replyTo)) {
                problems.warning(SourcePosition.of(l.source(), l.replyToLine()), "replyTo \"" + replyTo
                        + "\" is not an approved reply of " + articleId + ", so this reply is shown at the top level");
            } else {
                parentOf.put(l.reply().id(), replyTo);
            }
        }
        Map<String, List<Loaded>> children = new HashMap<>();
        List<Loaded> top = new ArrayList<>();
        for (Loaded l : unique) {
            List<String> ancestors = ancestors(l, parentOf, problems);
            if (ancestors == null) {
                continue;
            }
            // the deepest ancestor the reply may hang under without going deeper than maxDepth
            int parentDepth = Math.min(ancestors.size(), maxDepth - 1);
            if (parentDepth == 0) {
                top.add(l);
            } else {
                children.computeIfAbsent(ancestors.get(parentDepth - 1), k -> new ArrayList<>()).add(l);
            }
        }
        List<Comment> comments = top.stream().map(l -> comment(l, 1, children)).toList();
        return new Comments.Discussion(unique.size(), comments);
    }

    /** The ids of a reply's ancestors, from the top-level one down to its parent; null for a loop. */
    private static List<String> ancestors(Loaded l, Map<String, String> parentOf, Problems problems) {
        Set<String> chain = new LinkedHashSet<>();
        String id = l.reply().id();
        chain.add(id);
        for (String parent = parentOf.get(id); parent != null; parent = parentOf.get(parent)) {
            if (!chain.add(parent)) {
                problems.error(SourcePosition.of(l.source(), l.replyToLine()), "replyTo makes a loop: "
                        + String.join(" → ", chain) + " → " + parent);
                return null;
            }
        }
        List<String> ancestors = new ArrayList<>(chain);
        ancestors.remove(0);
        Collections.reverse(ancestors);
        return ancestors;
    }

    private static Comment comment(Loaded l, int depth, Map<String, List<Loaded>> children) {
        List<Comment> replies = children.getOrDefault(l.reply().id(), List.of()).stream()
                .map(child -> comment(child, depth + 1, children)).toList();
        Reply r = l.reply();
        return new Comment(r.id(), l.source(), ReplyFile.shownName(r.name()), r.website(), r.date(), r.lang(), l.body().html(),
                l.body().text(), depth, replies);
    }
}
