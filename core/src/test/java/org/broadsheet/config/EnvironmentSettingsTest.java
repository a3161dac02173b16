package org.broadsheet.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.broadsheet.comments.ReplySettingsLoader;
import org.broadsheet.problem.Problem;
import org.broadsheet.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** broadsheet.ENV.yml read over broadsheet.yml for a build in that environment. */
class EnvironmentSettingsTest {

    @TempDir
    Path site;

    private final Problems problems = new Problems();

    private void write(String name, String yaml) throws IOException {
        Files.writeString(site.resolve(name), yaml, StandardCharsets.UTF_8);
    }

    private List<String> reported() {
        return problems.all().stream().map(Problem::toString).toList();
    }

    @Test
    void theEnvironmentsKeysReplaceTheSitesAndMapsMergeKeyByKey() throws IOException {
        write("broadsheet.yml", "title: The Paper\nbaseUrl: https://example.org/\npaginate: 5\n"
                + "comments:\n  endpoint: https://replies.example.org/\n  maxDepth: 4\n");
        write("broadsheet.staging.yml", "baseUrl: https://staging.example.org/\ncomments:\n  maxDepth: 2\n");

        SiteConfig staging = new SiteConfigLoader().load(site, null, "staging", problems);
        SiteConfig plain = new SiteConfigLoader().load(site, problems);

        assertEquals(List.of(), reported());
        assertEquals("https://staging.example.org/", staging.baseUrl().toString());
        assertEquals("The Paper", staging.title());
        assertEquals(5, staging.paginate());
        assertEquals("https://replies.example.org/", staging.commentsEndpoint());
        assertEquals(2, new ReplySettingsLoader().load(site, "staging", problems).maxDepth());
        assertEquals("https://example.org/", plain.baseUrl().toString());
        assertEquals(4, new ReplySettingsLoader().load(site, problems).maxDepth());
    }

    @Test
    void aWrongValueIsReportedInTheFileAndAtTheLineThatWroteIt() throws IOException {
        write("broadsheet.yml", "title: The Paper\npaginate: many\ncomments:\n  maxDepth: 40\n");
        write("broadsheet.production.yml", "# production\npaginate: 10\ntimezone: Mars/Olympus\n");

        new SiteConfigLoader().load(site, null, "production", problems);
        new ReplySettingsLoader().load(site, "production", problems);

        assertEquals(List.of("broadsheet.production.yml:3: timezone \"Mars/Olympus\" is not an IANA time zone such as "
                + "America/Caracas or UTC",
                "broadsheet.yml:4: comments.maxDepth must be a whole number from 1 to 10, not \"40\""), reported());
    }

    @Test
    void anEnvironmentWithoutAFileOfItsOwnBuildsWithTheSitesSettings() throws IOException {
        write("broadsheet.yml", "title: The Paper\n");

        assertEquals("The Paper", new SiteConfigLoader().load(site, null, "preview", problems).title());
        assertEquals(List.of(), reported());
    }

    @Test
    void anEnvironmentNameThatIsNotAFileNameIsAnError() {
        new SiteConfigLoader().load(site, null, "../secrets", problems);

        assertEquals(List.of("--environment: \"../secrets\" is not an environment name: lowercase letters, digits, "
                + "'-' and '_', such as production"), reported());
    }
}
