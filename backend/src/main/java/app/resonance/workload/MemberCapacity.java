package app.resonance.workload;

import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("MemberCapacity")
public record MemberCapacity(@NonNull String username, double weeklyHours) {}
