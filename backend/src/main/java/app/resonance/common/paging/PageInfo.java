package app.resonance.common.paging;

import org.eclipse.microprofile.graphql.Description;

@Description("Relay page information: pass endCursor as `after` for the next page.")
public record PageInfo(boolean hasNextPage, String endCursor) {}
