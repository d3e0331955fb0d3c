package mai.launcher.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import mai.launcher.core.EventPublisher;
import mai.launcher.core.InstanceEvent;
import mai.launcher.core.Topics;
import mai.launcher.tests.support.DataFolderFixture;
import mai.launcher.tests.support.EventRecorder;

class EventPublisherTest {

    @Test
    void payloadArrivesUnderTheKeyE4Reads() {
        EventPublisher publisher = DataFolderFixture.service(EventPublisher.class);
        try (EventRecorder recorder = EventRecorder.on(Topics.INSTANCE_ALL)) {
            publisher.post(Topics.INSTANCE_CREATED, new InstanceEvent("inst_0123456789ab", false));
            Object payload = recorder.await(Topics.INSTANCE_CREATED, p -> true, Duration.ofSeconds(5));
            assertEquals(new InstanceEvent("inst_0123456789ab", false), payload);
            assertEquals("org.eclipse.e4.data", Topics.DATA);
        }
    }
}
