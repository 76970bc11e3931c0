package de.ratsanfragen;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class RatsanfragenApplication {

    public static void main(String[] args) {
        SpringApplication.run(RatsanfragenApplication.class, args);
    }
}
