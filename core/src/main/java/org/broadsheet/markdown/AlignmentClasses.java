package org.broadsheet.markdown;

import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.AttributeProviderFactory;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.Locale;

/**
 * Turns the {@code align} attribute that tables get for {@code :---:} columns, obsolete in
 * HTML5, into a class ({@code align-center}) the theme's stylesheet aligns.
 */
final class AlignmentClasses implements AttributeProvider {

    static AttributeProviderFactory factory() {
        return new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return new AlignmentClasses();
            }
        };
    }

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (node instanceof TableCell && attributes.contains("align")) {
            String align = attributes.getValue("align").toLowerCase(Locale.ROOT);
            attributes.remove("align");
            attributes.addValue("class", "align-" + align);
        }
    }
}
