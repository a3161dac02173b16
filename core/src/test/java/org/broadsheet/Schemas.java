package org.broadsheet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The JSON Schemas Broadsheet ships ({@code schemas/} in the jar), as a YAML editor would apply them. */
public final class Schemas {

    private static final YAMLMapper YAML = new YAMLMapper();

    private Schemas() {
    }

    /** What the schema {@code name} finds wrong with {@code yaml}, one message each; empty when it is valid. */
    public static List<String> problems(String name, String yaml) {
        try {
            JsonNode document = YAML.readTree(yaml);
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(node(name));
            List<String> problems = new ArrayList<>();
            for (ValidationMessage message : schema.validate(document)) {
                problems.add(message.getMessage());
            }
            return problems;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The top-level keys the schema {@code name} describes. */
    public static Set<String> keys(String name) {
        Set<String> keys = new TreeSet<>();
        node(name).get("properties").fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static JsonNode node(String name) {
        try (InputStream in = Schemas.class.getResourceAsStream("/schemas/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no schema " + name + " in the jar's schemas/");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
