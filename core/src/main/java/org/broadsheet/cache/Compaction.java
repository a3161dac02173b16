package org.broadsheet.cache;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Copies the bodies this build uses into a new pack, leaving behind those of articles that
 * changed or went away. The old pack stays until the manifest that names the new one is saved.
 */
record Compaction(BodyPack pack, Map<String, Manifest.Source> sources) {

    static Compaction of(BodyPack old, Map<String, Manifest.Source> sources, Path dir) throws IOException {
        BodyPack fresh = BodyPack.open(dir.resolve("bodies-" + UUID.randomUUID() + ".pack"), 0);
        Map<String, Manifest.Source> moved = new HashMap<>(sources.size() * 2);
        for (Map.Entry<String, Manifest.Source> entry : sources.entrySet()) {
            String key = entry.getKey();
            Manifest.Source source = entry.getValue();
            fresh.put(key, old.get(key));
            BodyPack.Ref ref = fresh.ref(key);
            moved.put(key, source.withBody(ref));
        }
        return new Compaction(fresh, moved);
    }
}
