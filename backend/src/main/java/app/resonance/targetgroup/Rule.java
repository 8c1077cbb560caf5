package app.resonance.targetgroup;

import app.resonance.common.validation.ListsWithoutNulls;
import jakarta.validation.Valid;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;

/**
 * A node of a target group's rule: exactly one of {@code all}, {@code any}, {@code none} (of the nested
 * rules) or {@code condition}. The same shape is the API's input and output and is stored as JSON.
 */
@Description("A rule node: set exactly one of all, any, none (of nested rules) or condition. "
        + "all of nothing selects everyone, any of nothing no one.")
@ListsWithoutNulls
public record Rule(
        List<@Valid Rule> all,
        List<@Valid Rule> any,
        List<@Valid Rule> none,
        @Valid Condition condition) {}
