package de.ratsanfragen.response;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the letterhead and the signature of a response say.
 *
 * @param municipality      the municipality in the letterhead ("Landeshauptstadt Erfurt")
 * @param office            the office that answers ("Der Oberbürgermeister")
 * @param signatureName     who signs; empty: only the function is printed
 * @param signatureFunction the signer's function ("Oberbürgermeister")
 */
@ConfigurationProperties("ratsanfragen.response")
record ResponseProperties(String municipality, String office, String signatureName, String signatureFunction) {

    ResponseProperties {
        municipality = municipality == null || municipality.isBlank() ? "Landeshauptstadt Erfurt" : municipality.strip();
        office = office == null || office.isBlank() ? "Der Oberbürgermeister" : office.strip();
        signatureName = signatureName == null ? "" : signatureName.strip();
        signatureFunction = signatureFunction == null || signatureFunction.isBlank() ? "Oberbürgermeister" : signatureFunction.strip();
    }
}
