package app.resonance.workspace;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class WorkspaceRepository implements PanacheRepositoryBase<Workspace, UUID> {

    Uni<List<Workspace>> listOfMember(String username) {
        return list("select w from Workspace w where exists (select 1 from Membership m"
                + " where m.workspaceId = w.id and m.username = ?1) order by lower(w.name), w.id", username);
    }

    Uni<Workspace> findByName(String name) {
        return find("name", name).firstResult();
    }
}
