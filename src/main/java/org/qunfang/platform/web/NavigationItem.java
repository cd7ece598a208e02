package org.qunfang.platform.web;

/**
 * An entry of the main navigation. Each module declares its entries as beans; a person sees an entry
 * only when they hold its permission (or when it needs none).
 *
 * @param group message key of the module heading the entry sits under
 * @param label message key of the entry
 * @param path where it leads
 * @param permission permission code needed to see it, or {@code null} for every signed-in person
 * @param order position among the entries
 */
public record NavigationItem(String group, String label, String path, String permission, int order) {
}
