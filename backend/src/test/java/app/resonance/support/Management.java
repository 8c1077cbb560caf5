package app.resonance.support;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;

/** Requests to the test instance's management interface (health and metrics), which the public port does not serve. */
public final class Management {

    private Management() {}

    public static RequestSpecification request() {
        return given().port(ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class));
    }
}
