package app.resonance.workspace;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** Fans committed workspace changes out to the subscribers of this instance who may see them. */
@ApplicationScoped
public class WorkspaceEvents {

    private record Event(WorkspaceChange change, Set<String> audience) {}

    private final BroadcastProcessor<Event> events = BroadcastProcessor.create();

    /** Call after commit only: subscribers must never see a change that was rolled back. */
    void publish(WorkspaceChange change, Set<String> audience) {
        events.onNext(new Event(change, audience));
    }

    Multi<WorkspaceChange> visibleTo(String username) {
        return events.filter(event -> event.audience().contains(username)).map(Event::change);
    }
}
