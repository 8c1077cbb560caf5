package app.resonance.common.tabular;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("ImportProblem")
@Description("Why a row of an imported file was refused.")
public record RowProblem(
        @Description("Line (CSV) or row number (XLSX) as the user's editor shows it; 1 is the header.") long line,
        @Description("The file's column, when one cell is at fault.") String column,
        @NonNull String message) {
}
