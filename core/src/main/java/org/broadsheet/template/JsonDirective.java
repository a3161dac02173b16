package org.broadsheet.template;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateModel;
import java.util.Map;
import org.broadsheet.json.Json;

/** Writes a {@link org.broadsheet.view.JsonValue} as JSON straight to the page, {@code <@json/>}. */
final class JsonDirective implements TemplateDirectiveModel {

    private final Object value;

    JsonDirective(Object value) {
        this.value = value;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body) {
        Json.write(value, env.getOut());
    }
}
