package de.ratsanfragen.organization;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/** The shipped Erfurt directory, loaded without Spring for fast unit tests. */
final class TestDirectories {

    private TestDirectories() {
    }

    static OrganizationDirectory erfurt() {
        return load(new ClassPathResource("organization/erfurt.yml"));
    }

    static OrganizationDirectory load(Resource resource) {
        return OrganizationDirectory.load(resource);
    }
}
