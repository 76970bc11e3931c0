package de.ratsanfragen.organization;

/**
 * The municipality the directory describes.
 *
 * @param name  e.g. "Landeshauptstadt Erfurt"
 * @param state the federal state's two-letter code in lower case ({@code th}), which decides the public holidays
 */
public record Council(String name, String state) {
}
