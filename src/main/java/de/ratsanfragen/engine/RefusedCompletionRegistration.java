package de.ratsanfragen.engine;

import java.util.List;

import org.glassfish.jersey.server.ServerProperties;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers {@link EngineApiGuard}, {@link RefusedCompletionMapper} and {@link DatabaseOutageMapper} with both Jersey
 * applications that complete tasks:
 * engine-rest ({@code /engine-rest}, Spring Boot's Jersey servlet, configured through a
 * {@link ResourceConfigCustomizer}) and the webapps' engine API ({@code /camunda/api/engine}, which
 * Tasklist uses). Camunda registers the webapps' Jersey servlets itself, each with its JAX-RS
 * application class, so there is no configuration object to customize; but a Jersey servlet started
 * from its application class reads Jersey properties from the servlet context's attributes, and
 * {@value ServerProperties#PROVIDER_CLASSNAMES} there adds them to each webapp API (Cockpit's
 * and Admin's too, where only the database outage can occur). Spring Boot's Jersey servlet is built from its
 * configuration and does not read these attributes.
 */
@Configuration(proxyBeanMethods = false)
class RefusedCompletionRegistration {

    static final List<Class<?>> PROVIDERS = List.of(EngineApiGuard.class,
            RefusedCompletionMapper.FromTaskResource.class, RefusedCompletionMapper.FromEngine.class,
            DatabaseOutageMapper.FromRestResource.class, DatabaseOutageMapper.FromEngine.class, DatabaseOutageMapper.FromAnywhere.class);

    @Bean
    ResourceConfigCustomizer refusedCompletionsInEngineRest() {
        return config -> PROVIDERS.forEach(config::register);
    }

    @Bean
    ServletContextInitializer refusedCompletionsInWebappApi() {
        return servletContext -> servletContext.setAttribute(ServerProperties.PROVIDER_CLASSNAMES,
                String.join(",", PROVIDERS.stream().map(Class::getName).toList()));
    }
}
