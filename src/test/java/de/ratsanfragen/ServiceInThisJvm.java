package de.ratsanfragen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole service started in the failsafe JVM the way operators start it, on a free HTTP port. The
 * {@code *IT} tests start one context after the other and close each (two open contexts would run two
 * engines named "default").
 */
public final class ServiceInThisJvm {

    private ServiceInThisJvm() {
    }

    public static ConfigurableApplicationContext start(String... arguments) {
        List<String> args = new ArrayList<>(List.of(arguments));
        args.add("--server.port=0");
        return new SpringApplicationBuilder(RatsanfragenApplication.class).run(args.toArray(String[]::new));
    }

    /** HTTP to the started service, as the demo users or with these passwords. */
    public static ServiceHttp http(ConfigurableApplicationContext context, Map<String, String> passwords) {
        return new ServiceHttp(((WebServerApplicationContext) context).getWebServer().getPort(), passwords);
    }
}
