package org.broadsheet.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.broadsheet.Schemas;
import org.junit.jupiter.api.Test;

/** The shipped schema of broadsheet.yml, schemas/broadsheet.schema.json: the settings the loader reads. */
class SiteConfigSchemaTest {

    private static final String SCHEMA = "broadsheet.schema.json";

    @Test
    void theSchemaDescribesExactlyTheSettingsTheLoaderReads() {
        assertEquals(new TreeSet<>(SiteConfigLoader.KNOWN), Schemas.keys(SCHEMA));
    }

    @Test
    void theSampleSitesAndANewSitesSettingsAreValid() throws IOException {
        // the sample site's, at the repository's root above this module
        assertEquals(List.of(), Schemas.problems(SCHEMA, Files.readString(Path.of("../broadsheet.yml"))));
        String scaffold = Files.readString(Path.of("src/main/resources/scaffold/site/broadsheet.yml"))
                .replace("{{timezone}}", "Europe/Madrid");
        assertEquals(List.of(), Schemas.problems(SCHEMA, scaffold));
    }

    @Test
    void wrongSettingsAreFound() {
        List<String> problems = Schemas.problems(SCHEMA,
                "baseUrl: example.org\npaginate: 0\ncomments: {maxDepth: 20, endpont: /x}\nlanguages: [{name: English}]\n");
        assertEquals(new TreeSet<>(List.of("$.baseUrl", "$.comments", "$.comments.maxDepth", "$.languages[0]",
                "$.paginate")), new TreeSet<>(problems.stream().map(p -> p.substring(0, p.indexOf(':'))).toList()),
                problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("endpont")), problems::toString);
    }
}
