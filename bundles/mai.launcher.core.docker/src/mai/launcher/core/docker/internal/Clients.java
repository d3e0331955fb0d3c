package mai.launcher.core.docker.internal;

import java.io.IOException;
import java.time.Duration;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.transport.DockerHttpClient;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;

/**
 * The docker-java clients for one endpoint: one with short timeouts for requests, one without a response timeout for
 * streams (events, logs, stats, pulls), which stay open for as long as they are followed.
 */
final class Clients implements AutoCloseable {

    private final String endpoint;
    private final DockerClient client;
    private final DockerClient streaming;

    Clients(String endpoint) {
        this.endpoint = endpoint;
        DockerClientConfig config = DefaultDockerClientConfig.createDefaultConfigBuilder().withDockerHost(endpoint)
                .build();
        this.client = DockerClientImpl.getInstance(config, http(config, Duration.ofSeconds(60)));
        this.streaming = DockerClientImpl.getInstance(config, http(config, Duration.ZERO));
    }

    private static DockerHttpClient http(DockerClientConfig config, Duration responseTimeout) {
        ZerodepDockerHttpClient.Builder builder = new ZerodepDockerHttpClient.Builder()
                .dockerHost(config.getDockerHost()).sslConfig(config.getSSLConfig()).maxConnections(50)
                .connectionTimeout(Duration.ofSeconds(5));
        if (!responseTimeout.isZero()) {
            builder.responseTimeout(responseTimeout);
        }
        return builder.build();
    }

    String endpoint() {
        return endpoint;
    }

    DockerClient client() {
        return client;
    }

    DockerClient streaming() {
        return streaming;
    }

    @Override
    public void close() {
        try {
            client.close();
            streaming.close();
        } catch (IOException e) {
            // nothing left to release
        }
    }
}
