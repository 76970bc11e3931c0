package de.ratsanfragen.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param from    sender of every mail, an address with an optional name, e.g.
 *                {@code Ratsanfragen <ratsanfragen@erfurt.example>}
 * @param baseUrl the address users reach the service at, for the links in mails (Tasklist, the
 *                faction's overview), e.g. {@code https://ratsanfragen.erfurt.de}
 */
@ConfigurationProperties("ratsanfragen.mail")
record NotificationProperties(String from, String baseUrl) {

    NotificationProperties {
        // a wrong sender or link would only show in the mails themselves: refuse to start instead
        if (from == null || from.isBlank()) {
            throw new IllegalArgumentException("ratsanfragen.mail.from fehlt");
        }
        if (baseUrl == null || !baseUrl.matches("https?://\\S+")) {
            throw new IllegalArgumentException("ratsanfragen.mail.base-url muss mit http:// oder https:// beginnen: " + baseUrl);
        }
        from = from.strip();
        baseUrl = baseUrl.replaceAll("/+$", "");
    }
}
