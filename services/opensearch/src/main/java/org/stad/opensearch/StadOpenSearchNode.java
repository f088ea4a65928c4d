package org.stad.opensearch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.logging.LogConfigurator;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * A real single-node OpenSearch, run in-process from the Maven Central artifacts
 * (core + transport-netty4 + analysis-common). For local development and CI only:
 * loopback-bound, no security plugin.
 *
 * Environment: OPENSEARCH_HOME (work dir, default /tmp/opensearch-node),
 * OPENSEARCH_PORT (HTTP, default 9200), OPENSEARCH_TRANSPORT_PORT (default 9300-9399: first free).
 * Extra arguments of the form key=value are added as node settings (they win).
 */
public final class StadOpenSearchNode extends Node {

    private static final List<Class<? extends Plugin>> PLUGINS = List.of(Netty4Plugin.class, CommonAnalysisPlugin.class);

    private StadOpenSearchNode(Environment environment, Collection<Class<? extends Plugin>> plugins) {
        super(environment, plugins, true);
    }

    private static String env(String name, String dflt) {
        String v = System.getenv(name);
        return (v == null || v.isBlank()) ? dflt : v;
    }

    public static void main(String[] args) throws Exception {
        Path home = Paths.get(env("OPENSEARCH_HOME", "/tmp/opensearch-node")).toAbsolutePath();
        Files.createDirectories(home.resolve("data"));
        Files.createDirectories(home.resolve("logs"));
        Files.createDirectories(home.resolve("config"));

        Settings.Builder builder = Settings.builder()
            .put("cluster.name", "stad-test")
            .put("node.name", "stad-test-node")
            .put("discovery.type", "single-node")
            .put("network.host", "127.0.0.1")
            .put("http.port", env("OPENSEARCH_PORT", "9200"))
            .put("transport.port", env("OPENSEARCH_TRANSPORT_PORT", "9300-9399"))
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .put("action.auto_create_index", true);
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("expected key=value, got: " + arg);
            }
            builder.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        Settings settings = builder.build();

        // Appenders and levels come from log4j2.properties on the classpath (console, INFO).
        LogConfigurator.setNodeName(settings.get("node.name"));

        Environment environment = InternalSettingsPreparer.prepareEnvironment(
            settings, Collections.emptyMap(), home.resolve("config"), () -> settings.get("node.name"));

        final StadOpenSearchNode node = new StadOpenSearchNode(environment, PLUGINS);
        final CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                stopped.countDown();
            }
        }, "stad-opensearch-shutdown"));
        node.start();
        System.out.println("StadOpenSearchNode started: http://127.0.0.1:" + settings.get("http.port")
            + " home=" + home + " plugins=" + Arrays.toString(PLUGINS.stream().map(Class::getSimpleName).toArray()));
        stopped.await();
    }
}
