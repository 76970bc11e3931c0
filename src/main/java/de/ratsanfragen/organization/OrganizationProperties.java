package de.ratsanfragen.organization;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * @param directory the YAML file with the council and its units; another city points this at its
 *                  own file, e.g. {@code file:/etc/ratsanfragen/organisation.yml}
 */
@ConfigurationProperties("ratsanfragen.organization")
record OrganizationProperties(Resource directory) {
}
