package org.broadsheet.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.broadsheet.Schemas;
import org.junit.jupiter.api.Test;

/** The shipped schema of front matter, schemas/front-matter.schema.json: the keys the parser reads, and no other. */
class FrontMatterSchemaTest {

    private static final String SCHEMA = "front-matter.schema.json";

    @Test
    void theSchemaDescribesExactlyTheKeysTheParserReads() {
        assertEquals(new TreeSet<>(FrontMatterKeys.KNOWN), Schemas.keys(SCHEMA));
    }

    @Test
    void everyArticleOfTheSampleSiteIsValid() throws IOException {
        List<Path> articles;
        // the sample site, at the repository's root above this module
        try (Stream<Path> files = Files.walk(Path.of("../content"))) {
            articles = files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        assertTrue(articles.size() > 5, articles::toString);
        for (Path article : articles) {
            FrontMatterBlock block = (FrontMatterBlock) FrontMatterBlock.split(Files.readString(article));
            assertEquals(List.of(), Schemas.problems(SCHEMA, block.text()), article::toString);
        }
    }

    @Test
    void wrongTypesAreFound() {
        List<String> problems = Schemas.problems(SCHEMA,
                "title: [a, b]\ndate: yesterday\ndraft: maybe\nimage: {alt: No source}\nlayout: Big Story\n");
        assertEquals(new TreeSet<>(List.of("$.date", "$.draft", "$.image", "$.layout", "$.title")),
                new TreeSet<>(problems.stream().map(p -> p.substring(0, p.indexOf(':'))).toList()), problems::toString);
        assertEquals(1, Schemas.problems(SCHEMA, "date: 2026-01-01\n").size(), "title is required");
    }
}
