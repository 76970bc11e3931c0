package de.ratsanfragen.platform;

import com.fasterxml.jackson.core.StreamReadConstraints;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Limits of every JSON body the service's API reads: Jackson stops reading at the limit instead of
 * taking in whatever a client sends (answered with a German 400 by {@code ApiExceptionHandler}).
 */
@Configuration(proxyBeanMethods = false)
class JsonLimits {

    /**
     * The largest inquiry the API takes (500 items of 20,000 characters, in UTF-8 with escapes) fits;
     * a body over this many bytes is refused.
     */
    static final long MAX_DOCUMENT_BYTES = 32L * 1024 * 1024;
    /** Deeper than any body of the API (an inquiry's items hold lists of measure codes: four levels). */
    static final int MAX_NESTING = 32;

    @Bean
    Jackson2ObjectMapperBuilderCustomizer jsonReadLimits() {
        return builder -> builder.postConfigurer(mapper -> mapper.getFactory().setStreamReadConstraints(
                StreamReadConstraints.builder().maxDocumentLength(MAX_DOCUMENT_BYTES).maxNestingDepth(MAX_NESTING).build()));
    }
}
