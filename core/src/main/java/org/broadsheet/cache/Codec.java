package org.broadsheet.cache;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.broadsheet.frontmatter.FileName;
import org.broadsheet.frontmatter.FrontMatter;
import org.broadsheet.frontmatter.Image;
import org.broadsheet.markdown.ArticleLink;
import org.broadsheet.markdown.ImageRef;
import org.broadsheet.markdown.TemplateCode;
import org.broadsheet.problem.Problem;
import org.broadsheet.problem.SourcePosition;

/** The manifest's records as bytes and back, field by field in a fixed order. */
final class Codec {

    private static final byte NULL = 0;
    private static final byte STRING = 1;
    private static final byte LONG = 2;
    private static final byte BIG = 3;
    private static final byte DOUBLE = 4;
    private static final byte BOOLEAN = 5;
    private static final byte LIST = 6;
    private static final byte MAP = 7;

    private final DataInput in;
    private final DataOutput out;

    Codec(DataInput in) {
        this.in = in;
        this.out = null;
    }

    Codec(DataOutput out) {
        this.in = null;
        this.out = out;
    }

    // ---- strings, without DataOutput.writeUTF's 64 KB limit ----

    void string(String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    String string() throws IOException {
        int length = in.readInt();
        if (length < 0 || length > (64 << 20)) {
            throw new IOException("a string of " + length + " bytes");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    void strings(List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            string(value);
        }
    }

    List<String> strings() throws IOException {
        int size = count();
        List<String> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(string());
        }
        return values;
    }

    private int count() throws IOException {
        int size = in.readInt();
        if (size < 0 || size > 10_000_000) {
            throw new IOException("a list of " + size + " items");
        }
        return size;
    }

    // ---- records ----

    void summary(Manifest.Summary summary) throws IOException {
        out.writeInt(summary.pages());
        out.writeInt(summary.articles());
        out.writeInt(summary.sections());
        out.writeInt(summary.tags());
        out.writeInt(summary.authors());
        out.writeInt(summary.warnings().size());
        for (Problem warning : summary.warnings()) {
            string(warning.position().file());
            out.writeInt(warning.position().line());
            out.writeInt(warning.position().column());
            out.writeBoolean(warning.isFlaw());
            string(warning.message());
        }
        strings(summary.scheduled());
        strings(summary.expiring());
    }

    Manifest.Summary summary() throws IOException {
        int pages = in.readInt();
        int articles = in.readInt();
        int sections = in.readInt();
        int tags = in.readInt();
        int authors = in.readInt();
        int count = count();
        List<Problem> warnings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            SourcePosition at = new SourcePosition(string(), in.readInt(), in.readInt());
            warnings.add(new Problem(in.readBoolean() ? Problem.Severity.FLAW : Problem.Severity.WARNING, at, string()));
        }
        return new Manifest.Summary(pages, articles, sections, tags, authors, warnings, strings(), strings());
    }

    void source(Manifest.Source source) throws IOException {
        out.writeLong(source.size());
        out.writeLong(source.modified());
        out.writeLong(source.hash());
        out.writeLong(source.body().offset());
        out.writeInt(source.body().length());
        out.writeLong(source.body().fingerprint());
        string(source.fileName().stem());
        string(source.fileName().date().map(LocalDate::toString).orElse(""));
        string(source.fileName().language());
        frontMatter(source.frontMatter());
        string(source.excerpt());
        string(source.searchText());
        out.writeInt(source.wordCount());
        out.writeInt(source.readingMinutes());
        out.writeInt(source.images().size());
        for (ImageRef image : source.images()) {
            string(image.src());
            out.writeInt(image.line());
            out.writeBoolean(image.described());
        }
        out.writeInt(source.links().size());
        for (ArticleLink link : source.links()) {
            string(link.href());
            string(link.target());
            out.writeInt(link.line());
        }
        out.writeInt(source.templateCode().size());
        for (TemplateCode code : source.templateCode()) {
            string(code.code());
            out.writeInt(code.line());
        }
        out.writeLong(source.imageStamp());
    }

    Manifest.Source source() throws IOException {
        long size = in.readLong();
        long modified = in.readLong();
        long hash = in.readLong();
        BodyPack.Ref body = new BodyPack.Ref(in.readLong(), in.readInt(), in.readLong());
        String stem = string();
        String date = string();
        FileName fileName = new FileName(stem, date.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(date)),
                string());
        FrontMatter frontMatter = frontMatter();
        String excerpt = string();
        String searchText = string();
        int words = in.readInt();
        int minutes = in.readInt();
        int imageCount = count();
        List<ImageRef> images = new ArrayList<>(imageCount);
        for (int i = 0; i < imageCount; i++) {
            images.add(new ImageRef(string(), in.readInt(), in.readBoolean()));
        }
        int linkCount = count();
        List<ArticleLink> links = new ArrayList<>(linkCount);
        for (int i = 0; i < linkCount; i++) {
            links.add(new ArticleLink(string(), string(), in.readInt()));
        }
        int codeCount = count();
        List<TemplateCode> templateCode = new ArrayList<>(codeCount);
        for (int i = 0; i < codeCount; i++) {
            templateCode.add(new TemplateCode(string(), in.readInt()));
        }
        return new Manifest.Source(size, modified, hash, body, fileName, frontMatter, excerpt, searchText, words, minutes, images,
                links, templateCode, in.readLong());
    }

    private void frontMatter(FrontMatter fm) throws IOException {
        string(fm.title());
        string(fm.date().format(DateTimeFormatter.ISO_ZONED_DATE_TIME));
        string(fm.updated().map(d -> d.format(DateTimeFormatter.ISO_ZONED_DATE_TIME)).orElse(""));
        strings(fm.authors());
        string(fm.section());
        strings(fm.tags());
        string(fm.summary());
        out.writeBoolean(fm.image().isPresent());
        if (fm.image().isPresent()) {
            Image image = fm.image().get();
            strings(List.of(image.src(), image.alt(), image.caption(), image.credit()));
        }
        string(fm.lang());
        string(fm.slug());
        out.writeBoolean(fm.draft());
        string(fm.expires().map(d -> d.format(DateTimeFormatter.ISO_ZONED_DATE_TIME)).orElse(""));
        string(fm.layout());
        string(fm.translationKey());
        string(fm.canonical());
        strings(fm.aliases());
        value(fm.extra());
        out.writeInt(fm.lines().size());
        for (Map.Entry<String, Integer> line : fm.lines().entrySet()) {
            string(line.getKey());
            out.writeInt(line.getValue());
        }
    }

    @SuppressWarnings("unchecked")
    private FrontMatter frontMatter() throws IOException {
        String title = string();
        ZonedDateTime date = ZonedDateTime.parse(string());
        String updated = string();
        List<String> authors = strings();
        String section = string();
        List<String> tags = strings();
        String summary = string();
        Optional<Image> image = Optional.empty();
        if (in.readBoolean()) {
            List<String> parts = strings();
            image = Optional.of(new Image(parts.get(0), parts.get(1), parts.get(2), parts.get(3)));
        }
        String lang = string();
        String slug = string();
        boolean draft = in.readBoolean();
        String expires = string();
        String layout = string();
        String translationKey = string();
        String canonical = string();
        List<String> aliases = strings();
        Map<String, Object> extra = (Map<String, Object>) value();
        int lineCount = count();
        Map<String, Integer> lines = new HashMap<>(lineCount * 2);
        for (int i = 0; i < lineCount; i++) {
            lines.put(string(), in.readInt());
        }
        return new FrontMatter(title, date, updated.isEmpty() ? Optional.empty() : Optional.of(ZonedDateTime.parse(updated)),
                authors, section, tags, summary, image, lang, slug, draft,
                expires.isEmpty() ? Optional.empty() : Optional.of(ZonedDateTime.parse(expires)), layout, translationKey,
                canonical, aliases, extra, lines);
    }

    // ---- the plain data YAML gives: null, text, numbers, booleans, lists, maps ----

    private void value(Object value) throws IOException {
        if (value == null) {
            out.writeByte(NULL);
        } else if (value instanceof String s) {
            out.writeByte(STRING);
            string(s);
        } else if (value instanceof Long n) {
            out.writeByte(LONG);
            out.writeLong(n);
        } else if (value instanceof BigInteger big) {
            out.writeByte(BIG);
            string(big.toString());
        } else if (value instanceof Double d) {
            out.writeByte(DOUBLE);
            out.writeDouble(d);
        } else if (value instanceof Boolean b) {
            out.writeByte(BOOLEAN);
            out.writeBoolean(b);
        } else if (value instanceof List<?> list) {
            out.writeByte(LIST);
            out.writeInt(list.size());
            for (Object item : list) {
                value(item);
            }
        } else if (value instanceof Map<?, ?> map) {
            out.writeByte(MAP);
            out.writeInt(map.size());
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                string(entry.getKey().toString());
                value(entry.getValue());
            }
        } else {
            throw new IOException("cannot store a " + value.getClass().getName());
        }
    }

    private Object value() throws IOException {
        byte type = in.readByte();
        switch (type) {
            case NULL:
                return null;
            case STRING:
                return string();
            case LONG:
                return in.readLong();
            case BIG:
                return new BigInteger(string());
            case DOUBLE:
                return in.readDouble();
            case BOOLEAN:
                return in.readBoolean();
            case LIST: {
                int size = count();
                List<Object> list = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    list.add(value());
                }
                return Collections.unmodifiableList(list);
            }
            case MAP: {
                int size = count();
                Map<String, Object> map = new LinkedHashMap<>(size * 2);
                for (int i = 0; i < size; i++) {
                    map.put(string(), value());
                }
                return Collections.unmodifiableMap(map);
            }
            default:
                throw new IOException("unknown value type " + type);
        }
    }
}
