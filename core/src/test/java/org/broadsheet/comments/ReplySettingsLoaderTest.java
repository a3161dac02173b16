package org.broadsheet.comments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.broadsheet.problem.Problem;
import org.broadsheet.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplySettingsLoaderTest {

    @TempDir
    Path site;

    private final Problems problems = new Problems();

    private ReplySettings load(String yaml) throws IOException {
        Files.writeString(site.resolve("broadsheet.yml"), yaml);
        return new ReplySettingsLoader().load(site, problems);
    }

    @Test
    void withoutSettingsTheFormUsesWhatTheIntakeExpects() throws IOException {
        assertEquals(ReplySettings.DEFAULT, new ReplySettingsLoader().load(site, problems));
        assertEquals(ReplySettings.DEFAULT, load("title: T\n"));
        assertEquals(List.of(), problems.all());
    }

    @Test
    void fieldNamesCanBeRenamedForStaticmanOrAFormService() throws IOException {
        ReplySettings settings = load("""
                comments:
                  endpoint: https://api.staticman.net/v3/entry/github/me/site/main/comments
                  fields:
                    comment: fields[message]
                    name: fields[name]
                    replyTo: options[parent]
                    honeypot: _gotcha
                  maxDepth: 3
                  intake: {host: 0.0.0.0, port: 9000, repliesPerMinute: 20, trustProxy: true}
                """);
        assertEquals(new FormFields("fields[message]", "fields[name]", "email", "website", "article", "options[parent]",
                "lang", "_gotcha"), settings.fields());
        assertEquals(new ReplySettings(settings.fields(), 3, "0.0.0.0", 9000, 20, true), settings);
        assertEquals(List.of(), problems.all());
    }

    @Test
    void wrongSettingsAreReportedAtTheirLine() throws IOException {
        ReplySettings settings = load("""
                comments:
                  fields:
                    name: comment
                    email: ""
                  maxDepth: 0
                  intake:
                    port: http
                    trustProxy: maybe
                  feilds: {}
                """);
        assertEquals(ReplySettings.DEFAULT, settings);
        assertEquals(List.of(
                "broadsheet.yml:3: comments.fields.name \"comment\" is the name of another field too; each field needs its own name",
                "broadsheet.yml:4: comments.fields.email must be a field name of 1 to 100 characters, e.g. email: email",
                "broadsheet.yml:5: comments.maxDepth must be a whole number from 1 to 10, not \"0\"",
                "broadsheet.yml:7: comments.intake.port must be a whole number from 0 to 65535, not \"http\"",
                "broadsheet.yml:8: comments.intake.trustProxy must be true or false, not \"maybe\"",
                "broadsheet.yml:9: comments.feilds is not a setting; known: endpoint, fields, intake, maxDepth"),
                problems.all().stream().map(Problem::toString).toList());
    }
}
