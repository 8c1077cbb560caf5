package app.resonance.supplier;

/**
 * How a supplier's history becomes its scores: {@code R__supplier_scores_refresh.sql} keeps the sums below per
 * supplier and criterion with every write (the decay counted from 2000-01-01, which the mean does not depend on),
 * {@code SupplierScoreRepository} reads them.
 *
 * <p>A criterion's score is the mean of the engagements' scores on it, each weighted by {@code 0.5^(age /
 * half-life)}, its age being the days since the engagement. Exponential decay, because a weighted mean under it
 * depends only on how far apart the engagements are, not on today: every weight shrinks by the same factor as
 * days pass, so a score stays put until something new is rated, and yet the latest engagement counts most. A
 * half-life of a year, because marketing work runs to a yearly rhythm (the same fair, the same conference): a
 * supplier is often engaged once or twice a year, and a shorter half-life would let its last job alone decide;
 * last year's work counts half, that of three years ago an eighth, as staff and prices move on.
 *
 * <p>The overall score is the criteria's scores weighted by the criteria's weights, over the criteria the
 * supplier has a score on (a criterion nobody rated it on does not pull it down).
 */
final class SupplierScoring {

    static final int LOWEST_SCORE = 1;
    static final int HIGHEST_SCORE = 5;
    static final int HALF_LIFE_DAYS = 365;

    private SupplierScoring() {}
}
