package app.resonance.workspace;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class MembershipRepository implements PanacheRepository<Membership> {

    Uni<Boolean> isMember(UUID workspaceId, String username) {
        return count("workspaceId = ?1 and username = ?2", workspaceId, username).map(n -> n > 0);
    }

    /** Members of all the given workspaces in one query (for batched GraphQL resolution). */
    Uni<List<Membership>> ofWorkspaces(Collection<UUID> workspaceIds) {
        return list("workspaceId in ?1 order by username", workspaceIds);
    }

    Uni<List<String>> usernames(UUID workspaceId) {
        return find("select m.username from Membership m where m.workspaceId = ?1", workspaceId)
                .project(String.class).list();
    }

    Uni<Long> remove(UUID workspaceId, String username) {
        return delete("workspaceId = ?1 and username = ?2", workspaceId, username);
    }
}
