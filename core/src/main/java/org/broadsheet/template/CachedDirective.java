package org.broadsheet.template;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.broadsheet.view.Fragments;

/**
 * {@code <@cached key="card ${article.url}">…</@cached>}: renders its body once per build and
 * key, and writes the same output wherever the key comes again, as Hugo's
 * {@code partialCached} does. A card that shows on seven listings and under related stories is
 * rendered once. The key must name everything the body shows; each page language has its own
 * keys. A body that fails is not kept, so the error shows on every page that uses it.
 */
public final class CachedDirective implements TemplateDirectiveModel {

    private final Fragments fragments;

    /** @param fragments where the fragments of the page's language are kept */
    public CachedDirective(Fragments fragments) {
        this.fragments = fragments;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
            throws TemplateException, IOException {
        if (params.size() != 1 || !(params.get("key") instanceof TemplateScalarModel key)) {
            throw new TemplateModelException("cached needs one parameter, key, a string: <@cached key=\"card ${article.url}\">");
        }
        if (body == null) {
            return;
        }
        byte[] fragment;
        try {
            fragment = fragments.get(key.getAsString(), () -> render(body));
        } catch (Failed e) {
            if (e.getCause() instanceof TemplateException cause) {
                throw cause;
            }
            throw (IOException) e.getCause();
        }
        Writer out = env.getOut();
        if (out instanceof Utf8Buffer buffer) {
            buffer.writeUtf8(fragment);
        } else {
            out.write(new String(fragment, StandardCharsets.UTF_8));
        }
    }

    private static byte[] render(TemplateDirectiveBody body) {
        Utf8Buffer buffer = new Utf8Buffer(1024);
        try {
            body.render(buffer);
        } catch (TemplateException | IOException e) {
            throw new Failed(e);
        }
        return buffer.toByteArray();
    }

    /** Carries the body's checked exception out of the cache's supplier. */
    private static final class Failed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failed(Exception cause) {
            super(cause);
        }
    }
}
