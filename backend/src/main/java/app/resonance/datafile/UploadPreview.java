package app.resonance.datafile;

import app.resonance.common.tabular.TabularFormat;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("The start of an uploaded file, to map its columns before importing it.")
public record UploadPreview(
        @NonNull String fileName,
        @NonNull TabularFormat format,
        @NonNull List<@NonNull String> columns,
        @NonNull @Description("The first rows, as text.") List<@NonNull List<@NonNull String>> rows) {

    static final int ROWS = 10;
}
