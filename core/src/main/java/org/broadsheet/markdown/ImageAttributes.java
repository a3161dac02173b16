package org.broadsheet.markdown;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.AttributeProviderFactory;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.List;
import org.broadsheet.source.ImageSettings;

/**
 * Gives a body's images their width and height, read from the image file where it is in the
 * site folder, so the page does not shift as they load, and the srcset and sizes of the widths
 * it is published in, so a phone loads a small one; and lets every image but the page's
 * first load lazily. One instance per rendered body.
 */
final class ImageAttributes implements AttributeProvider {

    /** Sizes of the images the body names, as written. Set on each document before rendering. */
    static final DataKey<ImageSizer> SIZER = new DataKey<>("BROADSHEET_IMAGE_SIZER", ImageSizer.NONE);
    /** Whether the page shows a lead image above the body, so even the body's first image can wait. */
    static final DataKey<Boolean> LEAD_IMAGE = new DataKey<>("BROADSHEET_LEAD_IMAGE", false);

    private final ImageSizer sizer;
    private final boolean leadImage;
    private Image first;

    private ImageAttributes(ImageSizer sizer, boolean leadImage) {
        this.sizer = sizer;
        this.leadImage = leadImage;
    }

    static AttributeProviderFactory factory() {
        return new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return new ImageAttributes(SIZER.get(context.getDocument()), LEAD_IMAGE.get(context.getDocument()));
            }
        };
    }

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (!(node instanceof Image image) || !(part == AttributablePart.NODE || part == AttributablePart.LINK)) {
            return;
        }
        if (image != first && first == null) {
            first = image; // flexmark may ask for the same image's attributes more than once
        }
        if (leadImage || image != first) {
            attributes.replaceValue("loading", "lazy");
        }
        String src = image.getUrl().toString();
        sizer.sizeOf(src).ifPresent(size -> {
            attributes.replaceValue("width", Integer.toString(size.width()));
            attributes.replaceValue("height", Integer.toString(size.height()));
            List<Integer> widths = sizer.widthsOf(src);
            if (!widths.isEmpty()) {
                String resolved = attributes.contains("src") ? attributes.getValue("src") : src;
                attributes.replaceValue("srcset", ImageSettings.srcset(resolved, widths));
                attributes.replaceValue("sizes", ImageSettings.sizes(size.width()));
            }
        });
    }
}
