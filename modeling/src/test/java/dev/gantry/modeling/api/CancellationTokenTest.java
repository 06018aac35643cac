package dev.gantry.modeling.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CancellationTokenTest {

    @Test
    void newTokenIsNotCancelledAndDoesNotRunListeners() {
        CancellationToken token = new CancellationToken();
        AtomicInteger runs = new AtomicInteger();

        token.onCancel(runs::incrementAndGet);

        assertThat(token.isCancelled()).isFalse();
        assertThat(runs).hasValue(0);
    }

    @Test
    void cancelRunsEveryListenerInRegistrationOrder() {
        CancellationToken token = new CancellationToken();
        List<String> log = new ArrayList<>();
        token.onCancel(() -> log.add("first"));
        token.onCancel(() -> log.add("second"));

        token.cancel();

        assertThat(token.isCancelled()).isTrue();
        assertThat(log).containsExactly("first", "second");
    }

    @Test
    void listenerRegisteredAfterCancelRunsAtOnce() {
        CancellationToken token = new CancellationToken();
        token.cancel();
        AtomicInteger runs = new AtomicInteger();

        token.onCancel(runs::incrementAndGet);

        assertThat(runs).hasValue(1);
    }

    @Test
    void closingTheRegistrationRemovesTheListener() {
        CancellationToken token = new CancellationToken();
        AtomicInteger removed = new AtomicInteger();
        AtomicInteger kept = new AtomicInteger();
        CancellationToken.Registration registration = token.onCancel(removed::incrementAndGet);
        token.onCancel(kept::incrementAndGet);

        registration.close();
        token.cancel();

        assertThat(removed).hasValue(0);
        assertThat(kept).hasValue(1);
        assertThat(token.isCancelled()).isTrue();
    }

    @Test
    void registrationWorksWithTryWithResources() {
        CancellationToken token = new CancellationToken();
        AtomicInteger runs = new AtomicInteger();
        try (CancellationToken.Registration r = token.onCancel(runs::incrementAndGet)) {
            assertThat(r).isNotNull();
        }

        token.cancel();

        assertThat(runs).hasValue(0);
    }
}
