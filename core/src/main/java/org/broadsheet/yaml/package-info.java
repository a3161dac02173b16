/**
 * Reads YAML safely into plain data (maps, lists, strings, numbers, booleans) that remembers
 * the line of every key. Front matter, {@code broadsheet.yml} and every other YAML file of a
 * site folder go through {@link org.broadsheet.yaml.YamlReader}: no Java objects from tags,
 * no duplicate keys, and limits on aliases, nesting and size.
 */
package org.broadsheet.yaml;
