package org.broadsheet.yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.broadsheet.problem.Problems;
import org.broadsheet.problem.SourcePosition;
import org.broadsheet.source.SourceText;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads one YAML mapping into plain data. SnakeYAML only composes the node tree here; the
 * values are built by this class, so no tag can ever name a Java class, timestamps stay text,
 * and a key given twice is reported with both lines. Thread-safe: each call makes its own parser.
 */
public final class YamlReader {

    static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.NULL, Tag.BOOL, Tag.INT,
            Tag.FLOAT, Tag.TIMESTAMP, Tag.SEQ, Tag.MAP);

    /** Front matter and config files never need more than a handful of levels or aliases. */
    private static final int MAX_ALIASES = 20;
    static final int MAX_DEPTH = 20;
    /** Bounds the data that aliases can expand to ("billion laughs"). */
    static final int MAX_NODES = 100_000;

    /** Read-only once built, so every parse shares one instead of filling a table of patterns per file. */
    private static final Resolver RESOLVER = new Resolver();

    private final int maxCodePoints;
    private final String end;
    private final boolean controlsAllowed;

    /** A reader of whole YAML files, such as the site's configuration. */
    public static YamlReader forFiles(int maxCodePoints) {
        return new YamlReader(maxCodePoints, "the end of the file", false);
    }

    /** A reader of the front matter of Markdown files. */
    public static YamlReader forFrontMatter(int maxCodePoints) {
        return new YamlReader(maxCodePoints, "the end of the front matter", false);
    }

    /**
     * A reader of reply files, whose values are what a reader typed, kept as typed: control
     * characters written as escapes are read back (the intake refuses them; moderation shows them
     * harmlessly), where an author's files may not hold them at all.
     */
    public static YamlReader forReplies(int maxCodePoints) {
        return new YamlReader(maxCodePoints, "the end of the front matter", true);
    }

    /**
     * @param maxCodePoints   the largest document accepted, in code points
     * @param end             what errors call the end of the text ("the end of the front matter")
     * @param controlsAllowed whether values may hold control characters written as escapes
     */
    private YamlReader(int maxCodePoints, String end, boolean controlsAllowed) {
        this.maxCodePoints = maxCodePoints;
        this.end = end;
        this.controlsAllowed = controlsAllowed;
    }

    /**
     * Reads a whole YAML file of the site folder; a file that cannot be read, is not UTF-8 or
     * is not YAML is reported at {@code sitePath} and its line, and gives nothing.
     */
    public Optional<YamlDocument> readFile(Path file, String sitePath, Problems problems) {
        if (Files.isDirectory(file)) {
            problems.error(SourcePosition.of(sitePath), "is a folder, not a YAML file");
            return Optional.empty();
        }
        try {
            return Optional.of(read(SourceText.decode(Files.readAllBytes(file)), 1));
        } catch (YamlException e) {
            e.all().forEach(each -> problems.error(new SourcePosition(sitePath, each.line(), each.column()),
                    each.getMessage()));
        } catch (SourceText.UnreadableTextException e) {
            problems.error(SourcePosition.of(sitePath, e.line()), e.getMessage());
        } catch (IOException e) {
            problems.error(SourcePosition.of(sitePath), "cannot be read: " + e.getMessage());
        }
        return Optional.empty();
    }

    /**
     * Reads {@code text}, whose first line is line {@code firstLine} of its file.
     *
     * @throws YamlException with a file line when the text is not YAML, not a mapping,
     *         too large or too deep, repeats a key, or uses a tag other than the plain ones
     */
    public YamlDocument read(String text, int firstLine) throws YamlException {
        // before SnakeYAML sees it: its scanner takes time and memory that grow with the square of
        // a long line's length before its own limit stops it (5 MB on one line: 12 s, 880 MB)
        if (text.length() > maxCodePoints && text.codePointCount(0, text.length()) > maxCodePoints) {
            throw new YamlException(firstLine, 0, "The incoming YAML document exceeds the limit: " + maxCodePoints
                    + " code points.");
        }
        int offset = firstLine - 1;
        Node root;
        try {
            LoaderOptions options = options();
            // The composer alone: Yaml's constructor, representer and dumper are never needed here.
            root = new Composer(new ParserImpl(new StreamReader(text), options), RESOLVER, options)
                    .getSingleNode();
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new YamlException(mark == null ? firstLine : mark.getLine() + 1 + offset,
                    mark == null ? 0 : mark.getColumn() + 1, describe(e, offset));
        } catch (YAMLException e) {
            // SnakeYAML reports its alias and depth limits without a position
            String limit = limitExceeded(e.getMessage() == null ? "" : e.getMessage());
            throw new YamlException(firstLine, 0, limit != null ? limit : e.getMessage());
        }
        if (root == null) {
            return new YamlDocument(Map.of(), Map.of(), Map.of(), firstLine);
        }
        if (!(root instanceof MappingNode mapping)) {
            throw new YamlException(line(root, offset), 0, "expected keys and values (key: value), found "
                    + (root instanceof SequenceNode ? "a list" : "a single value"));
        }
        Map<String, Integer> keyLines = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        NodeValues builder = new NodeValues(offset, keyLines, texts, controlsAllowed);
        Map<String, Object> values = builder.map(mapping, "", 0);
        if (!builder.problems.isEmpty()) {
            throw YamlException.of(builder.problems);
        }
        return new YamlDocument(values, keyLines, texts, firstLine);
    }

    private LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // NodeValues reports duplicates itself, with both lines
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(maxCodePoints);
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        // Nodes with any tag may be composed: nothing here ever constructs an object from a tag, and
        // NodeValues refuses every tag but the plain ones, each at its line, all of them in one reading.
        options.setTagInspector(tag -> true);
        return options;
    }

    /** SnakeYAML's message, with where the construct it was reading began ("while parsing a flow sequence"). */
    private String describe(MarkedYAMLException e, int offset) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String limit = limitExceeded(problem);
        if (limit != null) {
            return limit;
        }
        String message = "invalid YAML: " + problem.replace("<stream end>", end);
        if (e.getContext() != null) {
            String context = plainWords(e.getContext().replaceFirst("^while (parsing|scanning) (an? )?", ""));
            Mark start = e.getContextMark();
            message += " (in the " + context + (start == null ? "" : " that starts on line "
                    + (start.getLine() + 1 + offset)) + ")";
        }
        return message;
    }

    /** YAML's names for constructs, in words an author knows. */
    private static String plainWords(String construct) {
        return switch (construct) {
            case "flow sequence" -> "[ ] list";
            case "flow mapping" -> "{ } map";
            case "block mapping", "block collection" -> "keys and values";
            case "block sequence" -> "list of - items";
            case "quoted scalar", "double-quoted scalar", "single-quoted scalar" -> "quoted text";
            case "plain scalar" -> "text";
            default -> construct;
        };
    }

    /** A sentence for a problem that is one of the loader's limits, or null when it is another. */
    private static String limitExceeded(String problem) {
        if (problem.contains("Number of aliases")) {
            return "too many aliases (more than " + MAX_ALIASES + "): this looks like a \"billion laughs\" attack";
        }
        if (problem.contains("Nesting Depth")) {
            return "nested more than " + MAX_DEPTH + " levels deep";
        }
        return null;
    }

    /** A tag as authors write it: {@code !!javax.script.ScriptEngineManager}, not its URI. */
    static String shortTag(String tag) {
        return tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length()) : tag;
    }

    static int line(Node node, int offset) {
        return node.getStartMark().getLine() + 1 + offset;
    }
}
