package org.broadsheet.view;

import java.util.List;

/** An author's profile: {@code photo} is null without one, {@code bio} in the page's language. */
public record ProfileView(String name, String role, ImageView photo, String bio, List<LinkView> links) {
}
