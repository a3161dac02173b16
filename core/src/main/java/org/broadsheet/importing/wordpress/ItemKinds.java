package org.broadsheet.importing.wordpress;

import java.util.Optional;

/** Which items of an export become pages or articles, and why the others do not. */
final class ItemKinds {

    private ItemKinds() {
    }

    /** Why the item is not imported as a post or a page, or empty when it is. */
    static Optional<String> skipReason(Wxr.Item item) {
        String type = item.type();
        if (type.equals("attachment")) {
            return Optional.of("attachments (the files posts use; see --media)");
        }
        if (!type.equals("post") && !type.equals("page")) {
            return Optional.of("items of type " + type + " (menus, blocks, revisions and other site machinery)");
        }
        return switch (item.status()) {
            case "trash" -> Optional.of(type + "s in the trash");
            case "auto-draft", "inherit" -> Optional.of(type + "s that were automatic drafts or revisions");
            default -> Optional.empty();
        };
    }
}
