package org.broadsheet.render;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateModel;
import java.util.Map;
import org.broadsheet.json.Json;

/**
 * Writes data as JSON straight to the page, {@code <@json/>}: a search index of 100,000 articles
 * is tens of megabytes, too large to build as a string and then copy into the page.
 */
final class JsonDirective implements TemplateDirectiveModel, Fingerprinted {

    private final Object value;

    JsonDirective(Object value) {
        this.value = value;
    }

    @Override
    public long fingerprint() {
        return new ViewHash().of(value);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body) {
        Json.write(value, env.getOut());
    }
}
