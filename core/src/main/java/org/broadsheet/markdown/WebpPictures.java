package org.broadsheet.markdown;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.List;
import java.util.Set;
import org.broadsheet.source.ImageFiles;
import org.broadsheet.source.ImageSettings;

/**
 * Puts a body's image that is published as WebP too in a {@code <picture>} whose {@code <source>}
 * offers the WebP widths first; the {@code <img>} inside is rendered as it is without, for the
 * browsers that take no WebP and for its width, height, alt and loading.
 */
final class WebpPictures implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Image.class, WebpPictures::render));
    }

    private static void render(Image image, NodeRendererContext context, HtmlWriter html) {
        ImageSizer sizer = ImageAttributes.SIZER.get(context.getDocument());
        String src = image.getUrl().toString();
        ImageFiles.Size size = sizer.webp(src) ? sizer.sizeOf(src).orElse(null) : null;
        List<Integer> widths = size == null ? List.of() : sizer.widthsOf(src);
        if (widths.isEmpty()) {
            context.delegateRender();
            return;
        }
        String resolved = context.resolveLink(LinkType.IMAGE, image.getUrl().unescape(), null, null).getUrl();
        html.raw("<picture><source type=\"image/webp\" srcset=\"")
                .raw(Escaping.escapeHtml(ImageSettings.webpSrcset(resolved, widths), false))
                .raw("\" sizes=\"").raw(Escaping.escapeHtml(ImageSettings.sizes(size.width()), false)).raw("\">");
        context.delegateRender();
        html.raw("</picture>");
    }
}
