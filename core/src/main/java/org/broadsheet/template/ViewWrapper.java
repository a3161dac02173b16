package org.broadsheet.template;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.SimpleCollection;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;
import java.util.Map;
import java.util.function.Function;
import org.broadsheet.view.Deferred;
import org.broadsheet.view.Fragments;
import org.broadsheet.view.JsonValue;
import org.broadsheet.view.RecordComponents;

/**
 * FreeMarker's object wrapper, with a fast way into the records that templates see
 * ({@link ArticleView} and the others): {@code article.title} calls the record's accessor
 * as compiled code does ({@link RecordComponents}). FreeMarker's own bean model calls it by
 * reflection, whose access check walks the stack on every call: with 30 or so values on each of
 * 17,000 pages, rendering took a sixth longer. Anything else a template asks of a record
 * ({@code article.title()}, another method of it) still goes to the bean model, so templates
 * see no difference, but for {@code ?keys}, which lists the components only, not the methods
 * every object has ({@code hashCode}, {@code getClass}).
 */
final class ViewWrapper extends DefaultObjectWrapper {

    ViewWrapper(Version version) {
        super(version);
        setExposeFields(false);
        writeProtect();
    }

    @Override
    public TemplateModel wrap(Object obj) throws TemplateModelException {
        if (obj instanceof Record record) {
            return new RecordModel(record, RecordComponents.of(record.getClass()), this);
        }
        if (obj instanceof Deferred deferred) { // made now, as the template reads it
            return super.wrap(deferred.isHtml() ? HTMLOutputFormat.INSTANCE.fromMarkup(deferred.text()) : deferred.text());
        }
        if (obj instanceof Fragments fragments) {
            return new CachedDirective(fragments);
        }
        if (obj instanceof JsonValue json) {
            return new JsonDirective(json.value());
        }
        return super.wrap(obj);
    }

    /** A record as a hash of its components; other names go to FreeMarker's bean model. */
    private static final class RecordModel implements TemplateHashModelEx, MethodCallAwareTemplateHashModel,
            AdapterTemplateModel {

        private final Record record;
        private final Map<String, Function<Object, Object>> components;
        private final ViewWrapper wrapper;
        private TemplateHashModel beanModel;

        RecordModel(Record record, Map<String, Function<Object, Object>> components, ViewWrapper wrapper) {
            this.record = record;
            this.components = components;
            this.wrapper = wrapper;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            Function<Object, Object> reader = components.get(key);
            return reader != null ? wrapper.wrap(reader.apply(record)) : isJavaClass(key) ? null : beanModel().get(key);
        }

        /** {@code article.title()}: a call, which the bean model answers with the accessor as a method. */
        @Override
        public TemplateModel getBeforeMethodCall(String key) throws TemplateModelException,
                ShouldNotBeGetAsMethodException {
            if (isJavaClass(key)) {
                return null;
            }
            return beanModel() instanceof MethodCallAwareTemplateHashModel methods
                    ? methods.getBeforeMethodCall(key) : beanModel().get(key);
        }

        /** {@code site.class.name}: templates see the data, never the Java classes behind it. */
        private static boolean isJavaClass(String key) {
            return key.equals("class") || key.equals("getClass");
        }

        private TemplateHashModel beanModel() throws TemplateModelException {
            if (beanModel == null) {
                beanModel = (TemplateHashModel) wrapper.handleUnknownType(record);
            }
            return beanModel;
        }

        @Override
        public boolean isEmpty() {
            return false;
        }

        @Override
        public int size() {
            return components.size();
        }

        @Override
        public TemplateCollectionModel keys() {
            return new SimpleCollection(components.keySet(), wrapper);
        }

        @Override
        public TemplateCollectionModel values() {
            return new SimpleCollection(components.values().stream().map(reader -> reader.apply(record)).toList(),
                    wrapper);
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            return record;
        }
    }
}
