package app.resonance.supplier;

import app.resonance.common.error.Ids;
import app.resonance.common.error.InvalidInput;
import app.resonance.common.error.InvalidInput.Reason;
import app.resonance.common.persistence.DatabaseErrors;
import app.resonance.workspace.WorkspaceAccess;
import app.resonance.workspace.WorkspacePermission;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** The criteria a workspace rates its suppliers on, and their weights: read by members, set by its admins. */
@ApplicationScoped
public class RatingCriteriaService {

    private final RatingCriterionRepository criteria;
    private final WorkspaceAccess access;

    RatingCriteriaService(RatingCriterionRepository criteria, WorkspaceAccess access) {
        this.criteria = criteria;
        this.access = access;
    }

    public Uni<List<RatingCriterionView>> list(String workspaceId) {
        return access.check(workspaceId, WorkspacePermission.READ).chain(criteria::list);
    }

    /**
     * Makes the workspace's criteria these, in this order: a criterion given with its id keeps its scores, one
     * left out goes with its scores, one without an id is new. Admins only.
     */
    public Uni<List<RatingCriterionView>> set(String workspaceId, List<RatingCriterionInput> inputs) {
        return access.check(workspaceId, WorkspacePermission.MANAGE)
                .chain(ws -> {
                    List<UUID> ids = new ArrayList<>();
                    List<String> names = new ArrayList<>();
                    List<BigDecimal> weights = new ArrayList<>();
                    Set<String> seenNames = new HashSet<>();
                    for (int i = 0; i < inputs.size(); i++) {
                        RatingCriterionInput input = inputs.get(i);
                        UUID id = input.id() == null || input.id().isBlank()
                                ? null
                                : Ids.parse("criteria[" + i + "].id", input.id());
                        if (id != null && ids.contains(id)) {
                            throw new InvalidInput("criteria[" + i + "].id", Reason.GIVEN_TWICE, "given twice");
                        }
                        String name = input.name().strip();
                        if (!seenNames.add(name.toLowerCase(Locale.ROOT))) {
                            throw new InvalidInput(
                                    "criteria[" + i + "].name",
                                    Reason.GIVEN_TWICE,
                                    name,
                                    "two criteria have this name");
                        }
                        ids.add(id);
                        names.add(name);
                        weights.add(input.weight());
                    }
                    if (weights.stream().allMatch(weight -> weight.signum() == 0)) {
                        throw new InvalidInput(
                                "criteria", Reason.NO_WEIGHT, "at least one criterion needs a weight above 0");
                    }
                    return criteria.inTransaction(connection -> criteria.lockedNames(connection, ws)
                            .invoke(known -> {
                                for (int i = 0; i < ids.size(); i++) {
                                    if (ids.get(i) != null && !known.containsKey(ids.get(i))) {
                                        throw new InvalidInput(
                                                "criteria[" + i + "].id",
                                                Reason.NOT_FOUND,
                                                "no such rating criterion in this workspace");
                                    }
                                }
                            })
                            .chain(() -> criteria.replace(connection, ws, ids, names, weights))
                            .chain(() -> criteria.list(connection, ws)));
                })
                .onFailure()
                .transform(DatabaseErrors::asDuplicate);
    }
}
