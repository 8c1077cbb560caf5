package app.resonance.supplier;

import app.resonance.common.error.Ids;
import app.resonance.common.error.InvalidInput;
import app.resonance.common.error.InvalidInput.Reason;
import app.resonance.supplier.QuoteRepository.Offer;
import app.resonance.workspace.WorkspaceAccess;
import app.resonance.workspace.WorkspacePermission;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Choosing suppliers: their scores, the ranking of those whose quote fits an amount, and side-by-side comparison. */
@ApplicationScoped
public class SupplierChoiceService {

    private final SupplierRepository suppliers;
    private final QuoteRepository quotes;
    private final RatingCriterionRepository criteria;
    private final SupplierScoreRepository scores;
    private final EngagementService engagements;
    private final WorkspaceAccess access;

    SupplierChoiceService(
            SupplierRepository suppliers,
            QuoteRepository quotes,
            RatingCriterionRepository criteria,
            SupplierScoreRepository scores,
            EngagementService engagements,
            WorkspaceAccess access) {
        this.suppliers = suppliers;
        this.quotes = quotes;
        this.criteria = criteria;
        this.scores = scores;
        this.engagements = engagements;
        this.access = access;
    }

    /**
     * The workspace's suppliers offering the service whose quote is at most the amount, best first, each with the
     * reasons for its place; for a caller already let read the workspace.
     */
    public Uni<SupplierRankingView> ranking(UUID workspaceId, BudgetCategory category, BigDecimal amount, int first) {
        return quotes.offers(workspaceId, category).chain(offers -> {
            List<Offer> fitting = offers.stream()
                    .filter(offer -> offer.quote() != null && offer.quote().compareTo(amount) <= 0)
                    .toList();
            int withoutQuote =
                    (int) offers.stream().filter(offer -> offer.quote() == null).count();
            int overBudget = offers.size() - withoutQuote - fitting.size();
            return scoresOf(workspaceId, fitting.stream().map(Offer::supplierId).toList())
                    .chain(scored -> {
                        List<Offer> best = fitting.stream()
                                .sorted(bestFirst(scored))
                                .limit(first)
                                .toList();
                        return suppliers
                                .views(
                                        workspaceId,
                                        best.stream().map(Offer::supplierId).toList())
                                .map(views -> {
                                    Map<UUID, SupplierView> byId = views.stream()
                                            .collect(Collectors.toMap(SupplierView::id, Function.identity()));
                                    List<RankedSupplierView> ranked = new ArrayList<>();
                                    for (Offer offer : best) {
                                        ranked.add(new RankedSupplierView(
                                                ranked.size() + 1,
                                                byId.get(offer.supplierId()),
                                                offer.quote(),
                                                amount.subtract(offer.quote()),
                                                scored.get(offer.supplierId())));
                                    }
                                    return new SupplierRankingView(
                                            category, amount, ranked, fitting.size(), overBudget, withoutQuote);
                                });
                    });
        });
    }

    /** Best overall score first, unrated suppliers last; then the lower quote, then the name. */
    private static Comparator<Offer> bestFirst(Map<UUID, SupplierScoreView> scored) {
        return Comparator.comparing(
                        (Offer offer) -> scored.get(offer.supplierId()).overall(),
                        Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Offer::quote)
                .thenComparing(offer -> offer.name().toLowerCase(Locale.ROOT))
                .thenComparing(Offer::supplierId);
    }

    /** Several suppliers' scores, quotes and histories in the order asked for. */
    public Uni<List<SupplierComparisonView>> compare(String workspaceId, List<String> supplierIds) {
        return access.check(workspaceId, WorkspacePermission.READ).chain(ws -> {
            List<UUID> ids = new ArrayList<>();
            for (int i = 0; i < supplierIds.size(); i++) {
                UUID id = Ids.parse("supplierIds[" + i + "]", supplierIds.get(i));
                if (ids.contains(id)) {
                    throw new InvalidInput("supplierIds[" + i + "]", Reason.GIVEN_TWICE, "given twice");
                }
                ids.add(id);
            }
            return suppliers.views(ws, ids).chain(found -> {
                Map<UUID, SupplierView> byId =
                        found.stream().collect(Collectors.toMap(SupplierView::id, Function.identity()));
                for (int i = 0; i < ids.size(); i++) {
                    if (!byId.containsKey(ids.get(i))) {
                        throw new InvalidInput(
                                "supplierIds[" + i + "]", Reason.NOT_FOUND, "no such supplier in this workspace");
                    }
                }
                return scoresOf(ws, ids)
                        .chain(scored -> quotes.ofSuppliers(ids)
                                .chain(quoted -> engagements
                                        .ofSuppliers(ws, ids)
                                        .map(history -> ids.stream()
                                                .map(id -> new SupplierComparisonView(
                                                        byId.get(id),
                                                        scored.get(id),
                                                        quoted.stream()
                                                                .filter(quote -> quote.supplierId()
                                                                        .equals(id))
                                                                .toList(),
                                                        history.stream()
                                                                .filter(engagement -> engagement
                                                                        .supplierId()
                                                                        .equals(id))
                                                                .toList()))
                                                .toList())));
            });
        });
    }

    /** The scores of suppliers the caller has already been let read (a directory page), in their order. */
    Uni<List<SupplierScoreView>> scoresOf(List<SupplierView> page) {
        if (page.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<UUID> ids = page.stream().map(SupplierView::id).toList();
        return criteria.ofSupplier(ids.get(0))
                .chain(all -> scores.scores(ids, all))
                .map(scored -> ids.stream().map(scored::get).toList());
    }

    /** The quotes of suppliers the caller has already been let read, each supplier's in service order. */
    Uni<List<List<SupplierQuoteView>>> quotesOf(List<SupplierView> page) {
        List<UUID> ids = page.stream().map(SupplierView::id).toList();
        return quotes.ofSuppliers(ids).map(all -> {
            Map<UUID, List<SupplierQuoteView>> bySupplier =
                    all.stream().collect(Collectors.groupingBy(SupplierQuoteView::supplierId));
            return ids.stream()
                    .map(id -> bySupplier.getOrDefault(id, List.of()))
                    .toList();
        });
    }

    private Uni<Map<UUID, SupplierScoreView>> scoresOf(UUID workspaceId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return criteria.list(workspaceId).chain(all -> scores.scores(ids, all));
    }
}
