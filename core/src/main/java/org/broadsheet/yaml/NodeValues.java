package org.broadsheet.yaml;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.broadsheet.source.SourceText;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Turns composed nodes into plain values; one instance per document. */
final class NodeValues {

    /** A value left out because of a problem already recorded. */
    private static final Object SKIPPED = new Object();

    private final int offset;
    private final Map<String, Integer> keyLines;
    private final Map<String, String> texts;
    private final boolean controlsAllowed;
    /** Problems that do not stop the reading: each is reported, and the value it concerns left out. */
    final List<YamlException> problems = new ArrayList<>();
    private int nodes;

    NodeValues(int offset, Map<String, Integer> keyLines, Map<String, String> texts, boolean controlsAllowed) {
        this.offset = offset;
        this.keyLines = keyLines;
        this.texts = texts;
        this.controlsAllowed = controlsAllowed;
    }

    Object value(Node node, String path, int depth) throws YamlException {
        if (++nodes > YamlReader.MAX_NODES) {
            throw new YamlException(YamlReader.line(node, offset), 0,
                    "expands to more than " + YamlReader.MAX_NODES + " values: too large, or an alias bomb");
        }
        if (depth > YamlReader.MAX_DEPTH) {
            throw new YamlException(YamlReader.line(node, offset), 0, "nested more than " + YamlReader.MAX_DEPTH + " levels deep");
        }
        if (!YamlReader.PLAIN_TAGS.contains(node.getTag())) {
            return skip(node, "tag " + YamlReader.shortTag(node.getTag().getValue())
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
            int keyLine = YamlReader.line(keyNode, offset);
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
        problems.add(new YamlException(YamlReader.line(node, offset), node.getStartMark().getColumn() + 1, message));
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
