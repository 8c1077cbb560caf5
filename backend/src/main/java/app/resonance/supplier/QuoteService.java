package app.resonance.supplier;

import app.resonance.common.error.Ids;
import app.resonance.common.error.InvalidInput;
import app.resonance.common.error.InvalidInput.Reason;
import app.resonance.common.time.DatabaseTime;
import app.resonance.workspace.WorkspaceAccess;
import app.resonance.workspace.WorkspacePermission;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** What suppliers ask for the services they offer: one quote per supplier and service. */
@ApplicationScoped
public class QuoteService {

    private final QuoteRepository quotes;
    private final WorkspaceAccess access;
    private final Clock clock;

    QuoteService(QuoteRepository quotes, WorkspaceAccess access, Clock clock) {
        this.quotes = quotes;
        this.access = access;
        this.clock = clock;
    }

    /** Stores the quote in place of the supplier's earlier one for the service, which the supplier must offer. */
    public Uni<SupplierQuoteView> set(String workspaceId, SupplierQuoteInput input) {
        return access.check(workspaceId, WorkspacePermission.WRITE).chain(ws -> {
            UUID supplierId = Ids.parse("supplierId", input.supplierId());
            return quotes.services(ws, supplierId)
                    .invoke(services -> {
                        if (services == null) {
                            throw noSuchSupplier();
                        }
                        if (!services.contains(input.service().name())) {
                            throw new InvalidInput(
                                    "service",
                                    Reason.NOT_OFFERED,
                                    input.service().name(),
                                    "the supplier does not offer this service");
                        }
                    })
                    .chain(() -> quotes.upsert(
                            ws,
                            supplierId,
                            input.service(),
                            input.amount(),
                            input.note() == null ? "" : input.note().strip(),
                            DatabaseTime.now(clock)))
                    .onItem()
                    .ifNull()
                    .failWith(QuoteService::noSuchSupplier);
        });
    }

    /** Deletes the supplier's quote for the service; answers the supplier's id. */
    public Uni<UUID> delete(String workspaceId, String supplierId, BudgetCategory service) {
        return access.check(workspaceId, WorkspacePermission.WRITE).chain(ws -> {
            UUID id = Ids.parse("supplierId", supplierId);
            return quotes.delete(ws, id, service).map(deleted -> {
                if (!deleted) {
                    throw new InvalidInput("service", Reason.NOT_FOUND, "the supplier has no quote for this service");
                }
                return id;
            });
        });
    }

    /**
     * What the workspace's supplier asks for the service (null without a quote), for a caller already let into the
     * workspace; {@code NOT_FOUND} on {@code supplierId} for another workspace's, {@code NOT_OFFERED} on it when the
     * supplier does not offer the service.
     */
    public Uni<BigDecimal> quoteFor(UUID workspaceId, String supplierId, BudgetCategory service) {
        UUID id = Ids.parse("supplierId", supplierId);
        return quotes.services(workspaceId, id).chain(services -> {
            if (services == null) {
                throw noSuchSupplier();
            }
            if (!services.contains(service.name())) {
                throw new InvalidInput(
                        "supplierId", Reason.NOT_OFFERED, service.name(), "the supplier does not offer this service");
            }
            return quotes.ofSuppliers(List.of(id))
                    .map(quoted -> quoted.stream()
                            .filter(quote -> quote.service() == service)
                            .map(SupplierQuoteView::amount)
                            .findFirst()
                            .orElse(null));
        });
    }

    private static InvalidInput noSuchSupplier() {
        return new InvalidInput("supplierId", Reason.NOT_FOUND, "no such supplier in this workspace");
    }
}
