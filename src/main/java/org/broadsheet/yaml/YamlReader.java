package org.broadsheet.yaml;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.broadsheet.problem.Problems;
import org.broadsheet.problem.SourcePosition;
import org.broadsheet.source.SourceText;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
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

    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.NULL, Tag.BOOL, Tag.INT,
            Tag.FLOAT, Tag.TIMESTAMP, Tag.SEQ, Tag.MAP);

    /** Front matter and config files never need more than a handful of levels or aliases. */
    private static final int MAX_ALIASES = 20;
    private static final int MAX_DEPTH = 20;
    /** Bounds the data that aliases can expand to ("billion laughs"). */
    private static final int MAX_NODES = 100_000;

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
        Builder builder = new Builder(offset, keyLines, texts, controlsAllowed);
        Map<String, Object> values = builder.map(mapping, "", 0);
        if (!builder.problems.isEmpty()) {
            throw YamlException.of(builder.problems);
        }
        return new YamlDocument(values, keyLines, texts, firstLine);
    }

    private LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // Builder reports duplicates itself, with both lines
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(maxCodePoints);
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        // Nodes with any tag may be composed: nothing here ever constructs an object from a tag, and
        // Builder refuses every tag but the plain ones, each at its line, all of them in one reading.
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
    private static String shortTag(String tag) {
        return tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length()) : tag;
    }

    private static int line(Node node, int offset) {
        return node.getStartMark().getLine() + 1 + offset;
    }

    /** Turns composed nodes into plain values; one instance per document. */
    private static final class Builder {
        /** A value left out because of a problem already recorded. */
        private static final Object SKIPPED = new Object();

        private final int offset;
        private final Map<String, Integer> keyLines;
        private final Map<String, String> texts;
        private final boolean controlsAllowed;
        /** Problems that do not stop the reading: each is reported, and the value it concerns left out. */
        private final List<YamlException> problems = new ArrayList<>();
        private int nodes;

        Builder(int offset, Map<String, Integer> keyLines, Map<String, String> texts, boolean controlsAllowed) {
            this.offset = offset;
            this.keyLines = keyLines;
            this.texts = texts;
            this.controlsAllowed = controlsAllowed;
        }

        Object value(Node node, String path, int depth) throws YamlException {
            if (++nodes > MAX_NODES) {
                throw new YamlException(line(node, offset), 0,
                        "expands to more than " + MAX_NODES + " values: too large, or an alias bomb");
            }
            if (depth > MAX_DEPTH) {
                throw new YamlException(line(node, offset), 0, "nested more than " + MAX_DEPTH + " levels deep");
            }
            if (!PLAIN_TAGS.contains(node.getTag())) {
                return skip(node, "tag " + shortTag(node.getTag().getValue())
                        + " is not allowed: only plain text, numbers, booleans, lists and maps");
            }
            if (node instanceof MappingNode mapping) {
                return map(mapping, path, depth);
            }
            if (node instanceof SequenceNode sequence) {
                List<Object> list = new ArrayList<>();
                for (Node item : sequence.getValue()) {
                    Object value = value(item, path + "[" + list.size() + "]", depth + 1);
                    if (value != SKIPPED) {
                        list.add(value);
                    }
                }
                return Collections.unmodifiableList(list);
            }
            ScalarNode scalar = (ScalarNode) node;
            // SnakeYAML refuses control characters in the text itself; only a double-quoted escape ("\0",
            // "\x1b") can make one, so other scalars, most of them, need no second look
            int forbidden = controlsAllowed || scalar.getScalarStyle() != DumperOptions.ScalarStyle.DOUBLE_QUOTED ? -1
                    : SourceText.firstForbidden(scalar.getValue());
            if (forbidden >= 0) {
                return skip(node, "the invisible control character "
                        + SourceText.codePoint(scalar.getValue().charAt(forbidden)) + " is not allowed: no page or feed may carry it");
            }
            texts.put(path, scalar.getValue());
            return scalar(scalar);
        }

        Map<String, Object> map(MappingNode mapping, String path, int depth) throws YamlException {
            Map<String, Object> map = new LinkedHashMap<>();
            Map<String, Integer> lines = new HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Node keyNode = tuple.getKeyNode();
                int keyLine = line(keyNode, offset);
                if (keyNode.getTag().equals(Tag.MERGE)) {
                    problems.add(new YamlException(keyLine, 0, "merge keys (<<) are not supported"));
                    continue;
                }
                if (!(keyNode instanceof ScalarNode keyScalar)) {
                    problems.add(new YamlException(keyLine, 0, "a key must be plain text"));
                    continue;
                }
                String key = keyScalar.getValue();
                Integer first = lines.putIfAbsent(key, keyLine);
                if (first != null) {
                    problems.add(new YamlException(keyLine, keyNode.getStartMark().getColumn() + 1,
                            "key \"" + key + "\" is given twice (first on line " + first + ")"));
                    continue;
                }
                String keyPath = path.isEmpty() ? key : path + "." + key;
                keyLines.putIfAbsent(keyPath, keyLine);
                Object value = value(tuple.getValueNode(), keyPath, depth + 1);
                if (value != SKIPPED) {
                    map.put(key, value);
                }
            }
            return Collections.unmodifiableMap(map);
        }

        /** Records a problem with {@code node} and leaves its value out. */
        private Object skip(Node node, String message) {
            problems.add(new YamlException(line(node, offset), node.getStartMark().getColumn() + 1, message));
            return SKIPPED;
        }

        private Object scalar(ScalarNode node) throws YamlException {
            String text = node.getValue();
            Tag tag = node.getTag();
            try {
                if (tag.equals(Tag.NULL)) {
                    return null;
                } else if (tag.equals(Tag.BOOL)) {
                    return Set.of("true", "yes", "on").contains(text.toLowerCase(Locale.ROOT));
                } else if (tag.equals(Tag.INT)) {
                    return integer(text);
                } else if (tag.equals(Tag.FLOAT)) {
                    return decimal(text);
                }
            } catch (NumberFormatException e) {
                return text; // YAML 1.1 calls 12:30 a (base 60) number; as text it is what was meant
            }
            return text; // strings, and timestamps, which the stage that knows the time zone parses
        }

        private static Object integer(String text) {
            String digits = text.replace("_", "");
            int sign = 1;
            if (digits.startsWith("-") || digits.startsWith("+")) {
                sign = digits.startsWith("-") ? -1 : 1;
                digits = digits.substring(1);
            }
            BigInteger value;
            if (digits.startsWith("0x")) {
                value = new BigInteger(digits.substring(2), 16);
            } else if (digits.startsWith("0b")) {
                value = new BigInteger(digits.substring(2), 2);
            } else if (digits.startsWith("0o")) {
                value = new BigInteger(digits.substring(2), 8);
            } else if (digits.length() > 1 && digits.startsWith("0") && digits.chars().allMatch(Character::isDigit)) {
                value = new BigInteger(digits.substring(1), 8);
            } else if (digits.contains(":")) {
                throw new NumberFormatException("base 60");
            } else {
                value = new BigInteger(digits);
            }
            value = sign < 0 ? value.negate() : value;
            return value.bitLength() < 64 ? (Object) value.longValue() : value;
        }

        private static Object decimal(String text) {
            String t = text.replace("_", "").toLowerCase(Locale.ROOT);
            return switch (t) {
                case ".inf", "+.inf" -> Double.POSITIVE_INFINITY;
                case "-.inf" -> Double.NEGATIVE_INFINITY;
                case ".nan" -> Double.NaN;
                default -> Double.parseDouble(t);
            };
        }
    }
}
