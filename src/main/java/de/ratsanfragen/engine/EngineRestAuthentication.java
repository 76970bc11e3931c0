package de.ratsanfragen.engine;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring Security checks the login of {@code /engine-rest/**}; this filter then hands the logged-in
 * user and their groups to the engine, so that Camunda's authorizations apply to every REST call
 * (without it the engine would answer as if nobody were logged in and check nothing).
 */
@Configuration(proxyBeanMethods = false)
class EngineRestAuthentication {

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("camunda-engine-rest-authentication");
        registration.addUrlPatterns(WorkflowIdentity.ENGINE_REST_PATH + "/*");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                ContainerBasedAuthenticationProvider.class.getName());
        registration.addInitParameter(ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, WorkflowIdentity.ENGINE_REST_PATH);
        return registration;
    }
}
